import { createId } from "@/lib/ids";
import { startIngestRecord, type IngestOwner } from "@/lib/db/ingests/ingest-queries";
import { removeUploadDir } from "@/lib/uploads/save-upload";
import { ingestFiles, type IngestFile, type IngestFilesResult } from "./ingest-files";
import type { IngestOptions } from "./ingest-options";

/** One-shot ingest of files already on disk into the owner's workspace (API POST /api/corpora and the CLI). */
export async function ingestNow(
  files: (IngestFile & { bytes: number })[],
  options: IngestOptions,
  owner: IngestOwner,
  cleanupDir?: string,
): Promise<IngestFilesResult & { ingestId: string }> {
  const ingestId = createId("ing");
  await startIngestRecord(owner, ingestId, files.map((f) => f.name), files.reduce((s, f) => s + f.bytes, 0), options);
  try {
    const result = await ingestFiles(owner, ingestId, files, options);
    return { ...result, ingestId };
  } finally {
    if (cleanupDir) await removeUploadDir(cleanupDir);
  }
}
