import { getDb } from "../client";
import { corpusSummarySelect, type CorpusSummary } from "./corpus-summary";

export async function getCorpus(id: string): Promise<CorpusSummary | null> {
  const db = await getDb();
  return db.corpus.findFirst({ where: { id, status: "ready" }, select: corpusSummarySelect });
}
