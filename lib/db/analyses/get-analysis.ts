import type { AnalysisResult } from "@/lib/analysis/result-types";
import { getDb } from "../client";
import { toAnalysisSummary, type AnalysisDetail } from "./analysis-summary";

export async function getAnalysis(id: string): Promise<AnalysisDetail | null> {
  const db = await getDb();
  const row = await db.analysis.findUnique({ where: { id } });
  if (!row) return null;
  return { ...toAnalysisSummary(row), result: row.result ? (JSON.parse(row.result) as AnalysisResult) : null };
}
