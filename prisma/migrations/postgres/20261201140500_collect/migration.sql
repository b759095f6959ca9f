-- AlterTable
ALTER TABLE "Corpus" ADD COLUMN     "provenance" TEXT;

-- CreateTable
CREATE TABLE "CorpusIdentity" (
    "corpusId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorpusIdentity_pkey" PRIMARY KEY ("corpusId")
);

-- CreateTable
CREATE TABLE "Connection" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "concurrency" INTEGER NOT NULL DEFAULT 4,
    "keyCipher" TEXT,
    "keyHint" TEXT,
    "testRequestedAt" TIMESTAMP(3),
    "testedAt" TIMESTAMP(3),
    "testOk" BOOLEAN,
    "testMessage" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromptSet" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fileName" TEXT,
    "promptCount" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PromptSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromptSetPrompt" (
    "id" SERIAL NOT NULL,
    "promptSetId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "promptId" TEXT,

    CONSTRAINT "PromptSetPrompt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionRun" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "connectionId" TEXT,
    "name" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "settings" TEXT NOT NULL,
    "promptSource" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "stage" TEXT,
    "stopReason" TEXT,
    "error" TEXT,
    "lastError" TEXT,
    "total" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "empty" INTEGER NOT NULL DEFAULT 0,
    "refusals" INTEGER NOT NULL DEFAULT 0,
    "retrying" INTEGER NOT NULL DEFAULT 0,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "inputTokens" INTEGER NOT NULL DEFAULT 0,
    "outputTokens" INTEGER NOT NULL DEFAULT 0,
    "etaSeconds" INTEGER,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "finishRequested" BOOLEAN NOT NULL DEFAULT false,
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "corpusId" TEXT,
    "reasoningCorpusId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollectionRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionAnswer" (
    "id" SERIAL NOT NULL,
    "runId" TEXT NOT NULL,
    "promptIndex" INTEGER NOT NULL,
    "sample" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "promptId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "text" TEXT,
    "reasoning" TEXT,
    "finishReason" TEXT,
    "refusal" BOOLEAN NOT NULL DEFAULT false,
    "empty" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "inputTokens" INTEGER,
    "outputTokens" INTEGER,
    "latencyMs" INTEGER,
    "error" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "CollectionAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Connection_workspaceId_createdAt_idx" ON "Connection"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Connection_testRequestedAt_idx" ON "Connection"("testRequestedAt");

-- CreateIndex
CREATE INDEX "PromptSet_workspaceId_createdAt_idx" ON "PromptSet"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PromptSetPrompt_promptSetId_ordinal_key" ON "PromptSetPrompt"("promptSetId", "ordinal");

-- CreateIndex
CREATE INDEX "CollectionRun_status_createdAt_idx" ON "CollectionRun"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CollectionRun_workspaceId_createdAt_idx" ON "CollectionRun"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "CollectionAnswer_runId_status_idx" ON "CollectionAnswer"("runId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CollectionAnswer_runId_promptIndex_sample_key" ON "CollectionAnswer"("runId", "promptIndex", "sample");

-- AddForeignKey
ALTER TABLE "CorpusIdentity" ADD CONSTRAINT "CorpusIdentity_corpusId_fkey" FOREIGN KEY ("corpusId") REFERENCES "Corpus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Connection" ADD CONSTRAINT "Connection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptSet" ADD CONSTRAINT "PromptSet_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptSetPrompt" ADD CONSTRAINT "PromptSetPrompt_promptSetId_fkey" FOREIGN KEY ("promptSetId") REFERENCES "PromptSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionRun" ADD CONSTRAINT "CollectionRun_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionRun" ADD CONSTRAINT "CollectionRun_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionAnswer" ADD CONSTRAINT "CollectionAnswer_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CollectionRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
