import { getDb } from "../client";
import { corpusSummarySelect, type CorpusSummary } from "./corpus-summary";

export async function getCorpus(workspaceId: string, id: string): Promise<CorpusSummary | null> {
  const db = await getDb();
  return db.corpus.findFirst({ where: { id, workspaceId, status: "ready" }, select: corpusSummarySelect });
}
