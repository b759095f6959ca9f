import { getDb } from "../client";

export type AnalysisDocument = { ordinal: number; text: string; prompt: string | null; promptId: string | null };

/** Streams a corpus' documents in ordinal order, a page at a time, so memory stays flat. */
export async function* iterateCorpusDocuments(corpusId: string, batchSize = 2000): AsyncGenerator<AnalysisDocument[]> {
  const db = await getDb();
  let after = -1;
  for (;;) {
    const rows = await db.document.findMany({
      where: { corpusId, ordinal: { gt: after } },
      orderBy: { ordinal: "asc" },
      take: batchSize,
      select: { ordinal: true, text: true, prompt: true, promptId: true },
    });
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].ordinal;
  }
}

export async function getDocumentsByOrdinal(corpusId: string, ordinals: number[]): Promise<{ ordinal: number; text: string }[]> {
  if (ordinals.length === 0) return [];
  const db = await getDb();
  return db.document.findMany({ where: { corpusId, ordinal: { in: ordinals } }, select: { ordinal: true, text: true } });
}
