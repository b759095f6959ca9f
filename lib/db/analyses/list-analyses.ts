import { getDb } from "../client";
import { summarySelect, toAnalysisSummary, type AnalysisSummary } from "./analysis-summary";

export async function listAnalyses(workspaceId: string): Promise<AnalysisSummary[]> {
  const db = await getDb();
  const rows = await db.analysis.findMany({ where: { workspaceId }, select: summarySelect, orderBy: { createdAt: "desc" } });
  return rows.map(toAnalysisSummary);
}
