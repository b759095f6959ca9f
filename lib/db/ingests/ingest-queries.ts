import { getDb } from "../client";
import { toIngestView, type IngestView } from "./ingest-row";
import { workspaceScope } from "../workspace-scope";

export type UploadedFile = { name: string; path: string; bytes: number };

export type IngestOwner = { workspaceId: string; userId?: string | null };

export async function createIngest(owner: IngestOwner, id: string, uploadPath: string): Promise<void> {
  const db = await getDb();
  await db.ingest.create({ data: { id, workspaceId: owner.workspaceId, createdById: owner.userId ?? null, fileNames: "[]", uploadPath, status: "uploaded" } });
}

/** An ingest of this workspace; null for unknown ids and other workspaces' ids alike. */
export async function getIngest(workspaceId: string, id: string): Promise<IngestView | null> {
  const db = await getDb();
  const row = await db.ingest.findFirst({ where: { id, workspaceId: workspaceScope(workspaceId) }, include: { corpora: { select: { id: true, status: true } } } });
  return row ? toIngestView(row) : null;
}

export async function getIngestUploadPath(workspaceId: string, id: string): Promise<string | null> {
  const db = await getDb();
  const row = await db.ingest.findFirst({ where: { id, workspaceId: workspaceScope(workspaceId) }, select: { uploadPath: true } });
  return row?.uploadPath ?? null;
}

export async function recordUploadedFiles(id: string, names: string[], bytes: number): Promise<void> {
  const db = await getDb();
  await db.ingest.update({ where: { id }, data: { fileNames: JSON.stringify(names), bytes: BigInt(bytes) } });
}

/** Moves an ingest from "uploaded" to "processing"; false when another request got there first. */
export async function claimIngest(workspaceId: string, id: string, options: unknown, format: string | null): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.ingest.updateMany({
    where: { id, workspaceId: workspaceScope(workspaceId), status: { in: ["uploaded", "failed"] } },
    data: { status: "processing", options: JSON.stringify(options), format, error: null, bytesProcessed: BigInt(0) },
  });
  return count === 1;
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
