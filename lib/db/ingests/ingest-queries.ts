import { getDb } from "../client";
import { toIngestView, type IngestView } from "./ingest-row";

export type UploadedFile = { name: string; path: string; bytes: number };

export async function createIngest(id: string, uploadPath: string): Promise<void> {
  const db = await getDb();
  await db.ingest.create({ data: { id, fileNames: "[]", uploadPath, status: "uploaded" } });
}

export async function getIngest(id: string): Promise<IngestView | null> {
  const db = await getDb();
  const row = await db.ingest.findUnique({ where: { id }, include: { corpora: { select: { id: true, status: true } } } });
  return row ? toIngestView(row) : null;
}

export async function getIngestUploadPath(id: string): Promise<string | null> {
  const db = await getDb();
  const row = await db.ingest.findUnique({ where: { id }, select: { uploadPath: true } });
  return row?.uploadPath ?? null;
}

export async function recordUploadedFiles(id: string, names: string[], bytes: number): Promise<void> {
  const db = await getDb();
  await db.ingest.update({ where: { id }, data: { fileNames: JSON.stringify(names), bytes: BigInt(bytes) } });
}

/** Moves an ingest from "uploaded" to "processing"; false when another request got there first. */
export async function claimIngest(id: string, options: unknown, format: string | null): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.ingest.updateMany({
    where: { id, status: { in: ["uploaded", "failed"] } },
    data: { status: "processing", options: JSON.stringify(options), format, error: null, bytesProcessed: BigInt(0) },
  });
  return count === 1;
}

export async function startIngestRecord(id: string, fileNames: string[], bytes: number, options: unknown): Promise<void> {
  const db = await getDb();
  await db.ingest.create({
    data: { id, fileNames: JSON.stringify(fileNames), bytes: BigInt(bytes), status: "processing", options: JSON.stringify(options) },
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

export type { IngestView };
