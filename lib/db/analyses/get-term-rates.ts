import { countTermUses } from "@/lib/db/corpora/count-term-uses";
import { notFound } from "@/lib/server/http-error";
import { getAnalysis } from "./get-analysis";

export type TermRate = {
  corpusId: string;
  name: string;
  role: "source" | "candidate";
  /** null when the corpus was deleted since the analysis ran */
  uses: number | null;
  documentsWithUse: number | null;
  documents: number;
  tokens: number | null;
  perMillion: number | null;
  /** the first document using the term, for a link that opens it highlighted */
  firstOrdinal: number | null;
};
export type TermRatesAnswer = { term: string; corpora: TermRate[] };

/** One term's rate in every corpus of a finished analysis of this workspace: uses per million tokens, documents using it. */
export async function getTermRates(workspaceId: string, analysisId: string, term: string): Promise<TermRatesAnswer> {
  const analysis = await getAnalysis(workspaceId, analysisId);
  if (!analysis?.result) throw notFound("No such analysis.");
  const corpora: TermRate[] = [];
  // One corpus at a time: each reads its documents in batches, so memory stays one batch whatever the analysis' size.
  for (const c of analysis.result.corpora) {
    const n = await countTermUses(workspaceId, c.id, term);
    corpora.push({
      corpusId: c.id,
      name: c.name,
      role: c.role,
      uses: n?.uses ?? null,
      documentsWithUse: n?.documentsWithUse ?? null,
      documents: n?.documents ?? c.documents,
      tokens: n?.tokens ?? null,
      perMillion: n ? (n.tokens > 0 ? (n.uses / n.tokens) * 1e6 : 0) : null,
      firstOrdinal: n?.firstOrdinal ?? null,
    });
  }
  return { term, corpora };
}
