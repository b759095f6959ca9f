import { getDb } from "../client";
import { workspaceScope } from "../workspace-scope";
import type { DocumentRow } from "./list-documents";

/** One document of a corpus of this workspace by its ordinal; null when either is gone. */
export async function getDocument(workspaceId: string, corpusId: string, ordinal: number): Promise<DocumentRow | null> {
  const db = await getDb();
  return db.document.findFirst({
    where: { corpusId, ordinal, corpus: { workspaceId: workspaceScope(workspaceId) } },
    select: { ordinal: true, text: true, prompt: true, promptId: true, charCount: true, tokenCount: true },
  });
}
