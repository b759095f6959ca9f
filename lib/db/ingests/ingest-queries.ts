import { getDb } from "../client";
import { insertJob } from "../jobs/job-queries";
import { toIngestView, type IngestView } from "./ingest-row";
import { workspaceScope } from "../workspace-scope";

export type UploadedFile = { name: string; path: string; bytes: number };

export type IngestOwner = { workspaceId: string; userId?: string | null };

/** A new upload waiting for files; `uploadPath` only for a disk spool (lib/uploads/upload-spool.ts). */
export async function createIngest(owner: IngestOwner, id: string, uploadPath: string | null): Promise<void> {
  const db = await getDb();
  await db.ingest.create({ data: { id, workspaceId: owner.workspaceId, createdById: owner.userId ?? null, fileNames: "[]", uploadPath, status: "uploaded" } });
}

/** An ingest of this workspace; null for unknown ids and other workspaces' ids alike. */
export async function getIngest(workspaceId: string, id: string): Promise<IngestView | null> {
  const db = await getDb();
  const row = await db.ingest.findFirst({ where: { id, workspaceId: workspaceScope(workspaceId) }, include: { corpora: { select: { id: true, status: true } } } });
  return row ? toIngestView(row) : null;
}

/** The spool of this workspace's ingest (dir: a disk spool's folder; null: the database), or null when there is no such ingest. */
export async function getIngestSpool(workspaceId: string, id: string): Promise<{ ingestId: string; dir: string | null; status: string } | null> {
  const db = await getDb();
  const row = await db.ingest.findFirst({ where: { id, workspaceId: workspaceScope(workspaceId) }, select: { uploadPath: true, status: true } });
  return row ? { ingestId: id, dir: row.uploadPath, status: row.status } : null;
}

/** Worker side: what an ingest job needs, whatever the workspace. */
export async function loadIngestForJob(id: string) {
  const db = await getDb();
  const row = await db.ingest.findUnique({ where: { id }, select: { id: true, status: true, workspaceId: true, createdById: true, options: true, uploadPath: true } });
  if (!row) return null;
  return { ...row, options: row.options ? (JSON.parse(row.options) as unknown) : {} };
}

export async function recordUploadedFiles(id: string, names: string[], bytes: number): Promise<void> {
  const db = await getDb();
  await db.ingest.update({ where: { id }, data: { fileNames: JSON.stringify(names), bytes: BigInt(bytes) } });
}

/**
 * Moves an ingest from "uploaded" to "processing" and queues its job, in one transaction (no ingest waits
 * without a job). Returns the job id; null when another request got there first.
 */
export async function queueIngest(workspaceId: string, id: string, options: unknown, format: string | null, maxAttempts: number): Promise<string | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.ingest.updateMany({
      where: { id, workspaceId: workspaceScope(workspaceId), status: "uploaded" },
      data: { status: "processing", options: JSON.stringify(options), format, error: null, bytesProcessed: BigInt(0) },
    });
    if (count !== 1) return null;
    return insertJob({ kind: "ingest", subjectId: id, payload: { ingestId: id }, maxAttempts }, tx);
  });
}

export async function startIngestRecord(owner: IngestOwner, id: string, fileNames: string[], bytes: number, options: unknown): Promise<void> {
  const db = await getDb();
  await db.ingest.create({
    data: { id, workspaceId: owner.workspaceId, createdById: owner.userId ?? null, fileNames: JSON.stringify(fileNames), bytes: BigInt(bytes), status: "processing", options: JSON.stringify(options) },
  });
}

export async function updateIngestProgress(id: string, bytesProcessed: number): Promise<void> {
  const db = await getDb();
  await db.ingest.update({ where: { id }, data: { bytesProcessed: BigInt(bytesProcessed) } });
}

/**
 * An ingest whose corpora are all ready but which still says "processing" (its worker died between the two
 * writes) is done: marks it so. False when it has no ready corpus.
 */
export async function finishCommittedIngest(id: string): Promise<boolean> {
  const db = await getDb();
  const corpora = await db.corpus.findMany({ where: { ingestId: id }, select: { status: true } });
  if (corpora.length === 0 || corpora.some((c) => c.status !== "ready")) return false;
  await db.ingest.updateMany({ where: { id, status: "processing" }, data: { status: "done", report: JSON.stringify({ skipped: [], skippedCount: 0 }) } });
  return true;
}

/** Fails an ingest that has not ended (a job given up on, a spool that could not be written). */
export async function failIngest(id: string, error: { code: string; message: string }): Promise<void> {
  const db = await getDb();
  await db.ingest.updateMany({ where: { id, status: { in: ["uploaded", "processing"] } }, data: { status: "failed", error: JSON.stringify(error) } });
}

export async function finishIngest(id: string, result: { status: "done" | "failed"; format?: string | null; error?: unknown; report?: unknown }): Promise<void> {
  const db = await getDb();
  await db.ingest.update({
    where: { id },
    data: {
      status: result.status,
      ...(result.format !== undefined ? { format: result.format } : {}),
      error: result.error === undefined ? null : JSON.stringify(result.error),
      report: result.report === undefined ? null : JSON.stringify(result.report),
    },
  });
}

/** Bytes this user uploaded since `since` (for the upload quota). */
export async function sumUploadedBytes(userId: string, since: Date): Promise<number> {
  const db = await getDb();
  const { _sum } = await db.ingest.aggregate({ where: { createdById: userId, createdAt: { gte: since } }, _sum: { bytes: true } });
  return Number(_sum.bytes ?? 0);
}

export type { IngestView };
