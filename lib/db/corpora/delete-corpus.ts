import { getDb } from "../client";
import { cancelJobsFor } from "../jobs/job-queries";
import { workspaceScope } from "../workspace-scope";
import { corpusNameInResult, removeCorpusText } from "./remove-corpus-text";

/**
 * Deletes a corpus with its documents and features, and in the same transaction removes its text from
 * every stored result of the workspace (so from every share of them too). Analyses still waiting or running
 * on it fail instead ("a corpus it used was deleted"): a worker finishing one later cannot write quotes of
 * the deleted corpus, because only a running analysis can be completed. Its features go with it (cascade),
 * and so does any upload spool left of its ingest and any job still queued for it. Returns false when there was none.
 */
export async function deleteCorpus(workspaceId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const scope = workspaceScope(workspaceId);
  return db.$transaction(async (tx) => {
    const corpus = await tx.corpus.findFirst({ where: { id, workspaceId: scope }, select: { id: true, ingestId: true } });
    if (!corpus) return false;
    const uses = await tx.analysis.findMany({
      where: { workspaceId: scope, OR: [{ sourceIds: { contains: JSON.stringify(id) } }, { candidateIds: { contains: JSON.stringify(id) } }] },
      select: { id: true, status: true, result: true },
    });
    for (const analysis of uses) {
      if (analysis.status === "queued" || analysis.status === "running") {
        const error = { code: "corpus-deleted", message: "A corpus this analysis used was deleted before it finished. Start it again without that corpus." };
        await tx.analysis.updateMany({ where: { id: analysis.id, status: { in: ["queued", "running"] } }, data: { status: "failed", error: JSON.stringify(error), finishedAt: new Date() } });
        await cancelJobsFor([analysis.id], error.message, tx);
        continue;
      }
      if (!analysis.result) continue;
      const stored = JSON.parse(analysis.result) as unknown;
      const name = corpusNameInResult(stored, id);
      if (!name) continue;
      const { result, removed } = removeCorpusText(stored, name);
      if (removed > 0) await tx.analysis.update({ where: { id: analysis.id }, data: { result: JSON.stringify(result) } });
    }
    await tx.corpus.deleteMany({ where: { id, workspaceId: scope } });
    await cancelJobsFor([id], "The corpus was deleted.", tx);
    if (corpus.ingestId) await tx.uploadChunk.deleteMany({ where: { ingestId: corpus.ingestId } });
    return true;
  }, { timeout: 120_000 }); // results can be megabytes each
}
