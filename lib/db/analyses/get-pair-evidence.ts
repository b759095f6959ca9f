import type { PageEvidenceTerm } from "@/lib/analysis/result-types";
import { notFound } from "@/lib/server/http-error";
import { getAnalysis } from "./get-analysis";
import { pageEvidence } from "./results-page-view";

export type PairEvidenceAnswer = { candidate: string; source: string; terms: PageEvidenceTerm[] };

/** One candidate–source pair's evidence terms of a finished analysis of this workspace, as the results page shows them. */
export async function getPairEvidence(workspaceId: string, analysisId: string, candidate: string, source: string): Promise<PairEvidenceAnswer> {
  const analysis = await getAnalysis(workspaceId, analysisId);
  if (!analysis?.result) throw notFound("No such analysis.");
  const terms = pageEvidence(analysis.result, candidate, source);
  if (!terms) throw notFound("This analysis has no such candidate and source.");
  return { candidate, source, terms };
}
