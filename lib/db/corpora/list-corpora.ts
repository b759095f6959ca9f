import { getDb } from "../client";
import { containsText } from "../text-search";
import { corpusSummarySelect, type CorpusSummary } from "./corpus-summary";
import { workspaceScope } from "../workspace-scope";

/** Ready corpora, newest first. Corpora still ingesting (or failed) are never listed. */
export async function listCorpora(workspaceId: string, opts: { search?: string; ids?: string[] } = {}): Promise<CorpusSummary[]> {
  const db = await getDb();
  const search = opts.search?.trim();
  return db.corpus.findMany({
    where: {
      workspaceId: workspaceScope(workspaceId),
      status: "ready",
      ...(opts.ids ? { id: { in: opts.ids } } : {}),
      ...(search ? { OR: [{ name: containsText(search) }, { model: containsText(search) }] } : {}),
    },
    select: corpusSummarySelect,
    orderBy: { createdAt: "desc" },
  });
}
