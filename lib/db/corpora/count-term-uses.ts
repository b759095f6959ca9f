import { findAllMatches } from "@/lib/analysis/evidence/keyword-in-context";
import { getDb } from "../client";
import { workspaceScope } from "../workspace-scope";
import { iterateDocumentTexts } from "./list-corpus-documents";

export type TermCount = { uses: number; documentsWithUse: number; firstOrdinal: number | null; documents: number; tokens: number };

/**
 * How often `term` is used in a corpus of this workspace (the concordance's matching: whole words, segmenter
 * cuts in unspaced scripts), read a batch of documents at a time; null when the corpus is gone.
 */
export async function countTermUses(workspaceId: string, corpusId: string, term: string, batchSize = 1000): Promise<TermCount | null> {
  const db = await getDb();
  const corpus = await db.corpus.findFirst({
    where: { id: corpusId, workspaceId: workspaceScope(workspaceId) },
    select: { documentCount: true, tokenCount: true },
  });
  if (!corpus) return null;
  const count: TermCount = { uses: 0, documentsWithUse: 0, firstOrdinal: null, documents: corpus.documentCount, tokens: corpus.tokenCount };
  for await (const rows of iterateDocumentTexts(corpusId, batchSize)) {
    for (const row of rows) {
      const n = findAllMatches(row.text, term).length;
      if (n === 0) continue;
      count.uses += n;
      count.documentsWithUse++;
      count.firstOrdinal ??= row.ordinal;
    }
  }
  return count;
}
