import { getDb } from "../client";
import { readRows } from "../driver-reads";

export type AnalysisDocument = { ordinal: number; text: string; prompt: string | null; promptId: string | null };

/** Streams a corpus' documents in ordinal order, a page at a time, so memory stays flat. */
export async function* iterateCorpusDocuments(corpusId: string, batchSize = 2000): AsyncGenerator<AnalysisDocument[]> {
  const db = await getDb();
  yield* pageByOrdinal((after) =>
    db.document.findMany({ where: { corpusId, ordinal: { gt: after } }, orderBy: { ordinal: "asc" }, take: batchSize, select: { ordinal: true, text: true, prompt: true, promptId: true } }),
  );
}

/** The same with the texts only (term searches over a whole corpus). */
export async function* iterateDocumentTexts(corpusId: string, batchSize = 1000): AsyncGenerator<{ ordinal: number; text: string }[]> {
  const db = await getDb();
  yield* pageByOrdinal((after) =>
    db.document.findMany({ where: { corpusId, ordinal: { gt: after } }, orderBy: { ordinal: "asc" }, take: batchSize, select: { ordinal: true, text: true } }),
  );
}

/**
 * Every `step`-th document's text (ordinals 0, step, 2·step, …) in ordinal order, in one read through the
 * driver: the sample is filtered in SQL, and rows skip Prisma's per-query plan and per-row mapping (the
 * analysis worker reads 12 corpora of snippet texts per analysis).
 */
export function listSampledDocumentTexts(corpusId: string, step: number): Promise<{ ordinal: number; text: string }[]> {
  return readRows(`SELECT "ordinal", "text" FROM "Document" WHERE "corpusId" = ? AND "ordinal" % ? = 0 ORDER BY "ordinal"`, [corpusId, step]);
}

/** Keyset paging: each page starts after the last ordinal of the one before. */
async function* pageByOrdinal<T extends { ordinal: number }>(readPage: (after: number) => Promise<T[]>): AsyncGenerator<T[]> {
  let after = -1;
  for (;;) {
    const rows = await readPage(after);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].ordinal;
  }
}
