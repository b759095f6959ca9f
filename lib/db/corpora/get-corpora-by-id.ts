import { getDb } from "../client";
import { corpusSummarySelect, type CorpusSummary } from "./corpus-summary";
import { workspaceScope } from "../workspace-scope";

/** Ready corpora of the workspace by id, in the order asked. Missing ids (and other workspaces' ids) are reported, not skipped silently. */
export async function getCorporaById(workspaceId: string, ids: string[]): Promise<{ found: CorpusSummary[]; missing: string[] }> {
  const db = await getDb();
  const rows = await db.corpus.findMany({ where: { id: { in: ids }, workspaceId: workspaceScope(workspaceId), status: "ready" }, select: corpusSummarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { found: ids.flatMap((id) => byId.get(id) ?? []), missing: ids.filter((id) => !byId.has(id)) };
}
