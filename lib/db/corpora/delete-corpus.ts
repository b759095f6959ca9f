import { getDb } from "../client";
import { workspaceScope } from "../workspace-scope";

/** Deletes a corpus with its documents and features. Returns false when there was none. */
export async function deleteCorpus(workspaceId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.corpus.deleteMany({ where: { id, workspaceId: workspaceScope(workspaceId) } });
  return count > 0;
}
