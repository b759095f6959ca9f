import { getDb } from "../client";
import { toAnalysisSummary, type AnalysisDetail } from "./analysis-summary";
import { loadResultCached } from "./result-cache";
import { workspaceScope } from "../workspace-scope";

/** An analysis of this workspace; null for unknown ids and other workspaces' ids alike. */
export async function getAnalysis(workspaceId: string, id: string): Promise<AnalysisDetail | null> {
  const db = await getDb();
  const row = await db.analysis.findFirst({ where: { id, workspaceId: workspaceScope(workspaceId) }, omit: { result: true } });
  if (!row) return null;
  // The result (megabytes) is read and parsed only when its cached copy is missing or stale.
  const result =
    row.status === "done"
      ? await loadResultCached(row.id, row.finishedAt, async () => (await db.analysis.findUnique({ where: { id }, select: { result: true } }))?.result ?? null)
      : null;
  return { ...toAnalysisSummary(row), result };
}
