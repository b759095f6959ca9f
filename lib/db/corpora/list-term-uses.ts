import { findAllUses, type ConcordanceLine } from "@/lib/analysis/evidence/concordance";
import { getDb } from "../client";
import { workspaceScope } from "../workspace-scope";

/**
 * Every use of `term` in a corpus of this workspace, read a batch of documents at a time; null when the corpus
 * is gone (deleted since the analysis ran, or another workspace's).
 */
export async function listTermUses(workspaceId: string, corpusId: string, term: string, batchSize = 1000): Promise<ConcordanceLine[] | null> {
  const db = await getDb();
  const corpus = await db.corpus.findFirst({ where: { id: corpusId, workspaceId: workspaceScope(workspaceId) }, select: { id: true } });
  if (!corpus) return null;
  const lines: ConcordanceLine[] = [];
  let after = -1;
  for (;;) {
    const rows = await db.document.findMany({
      where: { corpusId, ordinal: { gt: after } },
      orderBy: { ordinal: "asc" },
      take: batchSize,
      select: { ordinal: true, text: true },
    });
    if (rows.length === 0) return lines;
    lines.push(...findAllUses(rows, term));
    after = rows[rows.length - 1].ordinal;
  }
}
