import type { AnalysisResult } from "@/lib/analysis/result-types";

/** One candidate's verdict as the analyses list shows it: stored in its own column, so the list never parses results. */
export type VerdictSummary = {
  candidate: string;
  source: string | null;
  status: "attributed" | "inconclusive";
  confidence: number;
};

export function summarizeVerdicts(result: AnalysisResult): VerdictSummary[] {
  return result.candidates.map((c) => ({
    candidate: c.name,
    source: c.verdict.source,
    status: c.verdict.status,
    confidence: c.verdict.confidence,
  }));
}
