import { getDb } from "../client";
import { workspaceScope } from "../workspace-scope";

export async function getCorpusProvenance(workspaceId: string, corpusId: string): Promise<string | null> {
  const db = await getDb();
  const row = await db.corpus.findFirst({ where: { id: corpusId, workspaceId: workspaceScope(workspaceId) }, select: { provenance: true } });
  return row?.provenance ?? null;
}
