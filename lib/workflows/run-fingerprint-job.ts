import { getDb } from "@/lib/db/client";
import { corpusSummarySelect } from "@/lib/db/corpora/corpus-summary";
import { computeCorpusFeatures, loadCurrentFeatures } from "./load-analysis-corpus";
import { forgetFeatures } from "./recent-features";

// The fingerprint job, queued when a corpus is stored. The fingerprint is one row written at the end, so a
// killed attempt leaves nothing half-written; the next attempt (or the first analysis) computes it again.

export async function runFingerprintJob(corpusId: string, ctx: { log: (line: string) => void }): Promise<void> {
  const db = await getDb();
  const corpus = await db.corpus.findFirst({ where: { id: corpusId, status: "ready" }, select: corpusSummarySelect });
  if (!corpus) return; // deleted meanwhile
  if (await loadCurrentFeatures(corpus)) return; // an analysis got there first
  const started = Date.now();
  await computeCorpusFeatures(corpus);
  // Deleted while it was computed: its fingerprint must not outlive it.
  if (!(await db.corpus.findUnique({ where: { id: corpusId }, select: { id: true } }))) {
    await db.corpusFeatures.deleteMany({ where: { corpusId } });
    forgetFeatures(corpusId);
  }
  ctx.log(`corpus ${corpusId}: fingerprinted in ${Date.now() - started} ms`);
}
