import { getDb } from "../client";
import { summarySelect, toAnalysisSummary, type AnalysisSummary } from "./analysis-summary";
import { workspaceScope } from "../workspace-scope";

export async function listAnalyses(workspaceId: string): Promise<AnalysisSummary[]> {
  const db = await getDb();
  const rows = await db.analysis.findMany({ where: { workspaceId: workspaceScope(workspaceId) }, select: summarySelect, orderBy: { createdAt: "desc" } });
  return rows.map(toAnalysisSummary);
}
