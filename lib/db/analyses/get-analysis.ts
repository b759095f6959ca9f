import type { AnalysisResult } from "@/lib/analysis/result-types";
import { getDb } from "../client";
import { toAnalysisSummary, type AnalysisDetail } from "./analysis-summary";
import { workspaceScope } from "../workspace-scope";

/** An analysis of this workspace; null for unknown ids and other workspaces' ids alike. */
export async function getAnalysis(workspaceId: string, id: string): Promise<AnalysisDetail | null> {
  const db = await getDb();
  const row = await db.analysis.findFirst({ where: { id, workspaceId: workspaceScope(workspaceId) } });
  if (!row) return null;
  return { ...toAnalysisSummary(row), result: row.result ? (JSON.parse(row.result) as AnalysisResult) : null };
}
