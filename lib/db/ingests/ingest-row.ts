import type { Ingest } from "../generated/sqlite/client";

export type IngestView = {
  id: string;
  status: string;
  fileNames: string[];
  format: string | null;
  bytes: number;
  bytesProcessed: number;
  corpusIds: string[];
  error: unknown;
  report: unknown;
  createdAt: Date;
  updatedAt: Date;
};

export function toIngestView(row: Ingest & { corpora?: { id: string; status: string }[] }): IngestView {
  return {
    id: row.id,
    status: row.status,
    fileNames: JSON.parse(row.fileNames) as string[],
    format: row.format,
    bytes: Number(row.bytes),
    bytesProcessed: Number(row.bytesProcessed),
    corpusIds: (row.corpora ?? []).filter((c) => c.status === "ready").map((c) => c.id),
    error: row.error ? JSON.parse(row.error) : null,
    report: row.report ? JSON.parse(row.report) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
