-- AlterTable
ALTER TABLE "Analysis" ADD COLUMN "summary" TEXT;

-- CreateTable
CREATE TABLE "UploadChunk" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ingestId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BLOB NOT NULL,
    CONSTRAINT "UploadChunk_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "subjectId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "runAfter" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "UploadChunk_ingestId_fileName_seq_key" ON "UploadChunk"("ingestId", "fileName", "seq");

-- CreateIndex
CREATE INDEX "Job_status_runAfter_idx" ON "Job"("status", "runAfter");

-- CreateIndex
CREATE INDEX "Job_subjectId_idx" ON "Job"("subjectId");

-- Analyses waiting or running when the job runner arrived get their job (hand-written: data, not schema).
INSERT INTO "Job" ("id", "kind", "payload", "subjectId", "status", "maxAttempts", "updatedAt")
SELECT 'job_' || "id", 'analysis', '{"analysisId":"' || "id" || '"}', "id", 'queued', 3, CURRENT_TIMESTAMP FROM "Analysis" WHERE "status" IN ('queued', 'running');
