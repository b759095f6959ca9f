-- AlterTable
ALTER TABLE "Analysis" ADD COLUMN     "summary" TEXT;

-- CreateTable
CREATE TABLE "UploadChunk" (
    "id" SERIAL NOT NULL,
    "ingestId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "UploadChunk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "subjectId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),
    "runAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UploadChunk_ingestId_fileName_seq_key" ON "UploadChunk"("ingestId", "fileName", "seq");

-- CreateIndex
CREATE INDEX "Job_status_runAfter_idx" ON "Job"("status", "runAfter");

-- CreateIndex
CREATE INDEX "Job_subjectId_idx" ON "Job"("subjectId");

-- AddForeignKey
ALTER TABLE "UploadChunk" ADD CONSTRAINT "UploadChunk_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Analyses waiting or running when the job runner arrived get their job (hand-written: data, not schema).
INSERT INTO "Job" ("id", "kind", "payload", "subjectId", "status", "maxAttempts", "updatedAt")
SELECT 'job_' || "id", 'analysis', '{"analysisId":"' || "id" || '"}', "id", 'queued', 3, CURRENT_TIMESTAMP FROM "Analysis" WHERE "status" IN ('queued', 'running');
