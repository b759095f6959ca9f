import { getDb } from "../client";
import { workspaceScope } from "../workspace-scope";

/** Token counts of every document, in order (for the length histogram). */
export async function listDocumentLengths(workspaceId: string, corpusId: string): Promise<number[]> {
  const db = await getDb();
  const rows = await db.document.findMany({ where: { corpusId, corpus: { workspaceId: workspaceScope(workspaceId) } }, select: { tokenCount: true }, orderBy: { ordinal: "asc" } });
  return rows.map((r) => r.tokenCount);
}
