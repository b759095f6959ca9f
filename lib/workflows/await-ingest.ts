import { getIngest } from "@/lib/db/ingests/ingest-queries";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import type { CorpusSummary } from "@/lib/db/corpora/corpus-summary";
import type { SkippedRecord } from "@/lib/ingest/types";
import { IngestError } from "@/lib/ingest/ingest-error";

// POST /api/corpora answers with the corpora, as it always has; the parsing is a worker's job. The web
// process only watches the ingest row (a cheap indexed read) until the worker has ended it.

export class IngestFailedError extends Error {
  constructor(readonly error: { code: string; message: string }) {
    super(error.message);
  }
}

/** Waits for a queued ingest to end; its corpora, or the ingest's own error (an IngestError for bad input). */
export async function awaitIngest(workspaceId: string, ingestId: string, opts: { signal?: AbortSignal; pollMs?: number } = {}): Promise<{ corpora: CorpusSummary[]; skipped: SkippedRecord[] }> {
  for (;;) {
    const ingest = await getIngest(workspaceId, ingestId);
    if (!ingest) throw new IngestFailedError({ code: "ingest-deleted", message: "The upload was deleted before it was processed." });
    if (ingest.status === "done") {
      const report = (ingest.report ?? {}) as { skipped?: SkippedRecord[] };
      return { corpora: await listCorpora(workspaceId, { ids: ingest.corpusIds }), skipped: report.skipped ?? [] };
    }
    if (ingest.status === "failed") {
      const error = (ingest.error ?? { code: "internal", message: "The ingest failed." }) as { code: string; message: string; file?: string; lines?: number[]; count?: number };
      if (error.file !== undefined && error.code !== "internal") {
        throw new IngestError(error.code as IngestError["code"], error.file, error.message, { lines: error.lines, count: error.count });
      }
      throw new IngestFailedError(error);
    }
    if (opts.signal?.aborted) throw new IngestFailedError({ code: "client-gone", message: "The request was closed; the upload continues (GET /api/ingests/:id)." });
    await new Promise((resolve) => setTimeout(resolve, opts.pollMs ?? 150));
  }
}
