import type { AnalysisResult } from "@/lib/analysis/result-types";
import { getDb } from "../client";
import { summarySelect, toAnalysisSummary, type AnalysisSummary } from "./analysis-summary";
import { summarizeVerdicts } from "./verdict-summary";
import { workspaceScope } from "../workspace-scope";

export async function listAnalyses(workspaceId: string): Promise<AnalysisSummary[]> {
  const db = await getDb();
  const rows = await db.analysis.findMany({ where: { workspaceId: workspaceScope(workspaceId) }, select: summarySelect, orderBy: { createdAt: "desc" } });
  const missing = rows.filter((r) => r.status === "done" && r.verdicts === null).map((r) => r.id);
  if (missing.length > 0) {
    const filled = await backfillVerdicts(missing);
    for (const row of rows) row.verdicts = filled.get(row.id) ?? row.verdicts;
  }
  return rows.map(toAnalysisSummary);
}

/**
 * Results finished before the verdicts column existed get it filled once, the first time they are listed:
 * a migration cannot read verdicts out of the result JSON the same way on SQLite and PostgreSQL.
 */
async function backfillVerdicts(ids: string[]): Promise<Map<string, string>> {
  const db = await getDb();
  const out = new Map<string, string>();
  for (const id of ids) {
    const row = await db.analysis.findUnique({ where: { id }, select: { result: true } });
    if (!row?.result) continue;
    const verdicts = JSON.stringify(summarizeVerdicts(JSON.parse(row.result) as AnalysisResult));
    await db.analysis.updateMany({ where: { id, verdicts: null }, data: { verdicts } });
    out.set(id, verdicts);
  }
  return out;
}
