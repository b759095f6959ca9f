import { findAllUses, type ConcordanceLine } from "@/lib/analysis/evidence/concordance";
import { getDb } from "../client";
import { workspaceScope } from "../workspace-scope";
import { iterateDocumentTexts } from "./list-corpus-documents";

/**
 * Every use of `term` in a corpus of this workspace, read a batch of documents at a time; null when the corpus
 * is gone (deleted since the analysis ran, or another workspace's).
 */
export async function listTermUses(workspaceId: string, corpusId: string, term: string, batchSize = 1000): Promise<ConcordanceLine[] | null> {
  const db = await getDb();
  const corpus = await db.corpus.findFirst({ where: { id: corpusId, workspaceId: workspaceScope(workspaceId) }, select: { id: true } });
  if (!corpus) return null;
  const lines: ConcordanceLine[] = [];
  for await (const rows of iterateDocumentTexts(corpusId, batchSize)) lines.push(...findAllUses(rows, term));
  return lines;
}
