import { getDb } from "../client";
import { corpusSummarySelect, type CorpusSummary } from "./corpus-summary";
import { workspaceScope } from "../workspace-scope";

export async function getCorpus(workspaceId: string, id: string): Promise<CorpusSummary | null> {
  const db = await getDb();
  return db.corpus.findFirst({ where: { id, workspaceId: workspaceScope(workspaceId), status: "ready" }, select: corpusSummarySelect });
}
