import { getDb } from "@/lib/db/client";
import { corpusSummarySelect, type CorpusSummary } from "@/lib/db/corpora/corpus-summary";
import { computeCorpusFeatures, loadCurrentFeatures } from "./load-analysis-corpus";
import { forgetFeatures } from "./recent-features";

// The fingerprint job, queued when a corpus is stored. The fingerprint is one row written at the end, so a
// killed attempt leaves nothing half-written; the next attempt (or the first analysis) computes it again.

export async function runFingerprintJob(corpusId: string, ctx: { log: (line: string) => void }): Promise<void> {
  const db = await getDb();
  const corpus = await db.corpus.findFirst({ where: { id: corpusId, status: "ready" }, select: corpusSummarySelect });
  if (!corpus) return; // deleted meanwhile
  if (await loadCurrentFeatures(corpus)) return; // an analysis got there first
  await fingerprintCorpus(corpus, ctx);
}

/** Computes and stores a corpus' fingerprint; a corpus deleted meanwhile ends it quietly, with nothing of it left. */
export async function fingerprintCorpus(corpus: CorpusSummary, ctx: { log: (line: string) => void }): Promise<void> {
  const started = Date.now();
  try {
    await computeCorpusFeatures(corpus);
  } catch (error) {
    if (await corpusExists(corpus.id)) throw error;
    // Deleted while it was computed: the database refused its rows (they reference the corpus).
  }
  if (!(await corpusExists(corpus.id))) {
    // Where the rows were written before the corpus went, they must not outlive it.
    const db = await getDb();
    await db.corpusFeatures.deleteMany({ where: { corpusId: corpus.id } });
    await db.corpusIdentity.deleteMany({ where: { corpusId: corpus.id } });
    forgetFeatures(corpus.id);
    ctx.log(`corpus ${corpus.id}: deleted while it was fingerprinted`);
    return;
  }
  ctx.log(`corpus ${corpus.id}: fingerprinted in ${Date.now() - started} ms`);
}

async function corpusExists(corpusId: string): Promise<boolean> {
  const db = await getDb();
  return (await db.corpus.findUnique({ where: { id: corpusId }, select: { id: true } })) !== null;
}
