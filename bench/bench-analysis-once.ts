// Child process of run-bench.ts: one analysis measurement, printed as one JSON line. Each runs in its own
// process so its peak RSS is its own.
//   store <manifest>              untimed setup for `stored`: ingest and fingerprint the 12 corpora into DATABASE_URL
//   stored <corpora.json> <runs> [options.json]
//                                 the analysis worker's path on the stored corpora, after the worker's warm-up,
//                                 `runs` times (prints the median); options as a POST /api/analyses body has them
//   stored-again <corpora.json> <runs>
//                                 the same, with the worker's recent fingerprints kept (recent-features.ts) and
//                                 one untimed analysis first: an analyst's next analysis of the same corpora
//   synthetic <n> <docs>          analyze() on n synthetic corpora whose features are in memory (no raw or database path)
import path from "node:path";
import { analyze, type AnalysisCorpus } from "@/lib/analysis/analyze";
import { warmUpAnalysis } from "@/lib/analysis/warm-up-analysis";
import { createRandom } from "@/lib/analysis/math/seeded-random";
import { computeFeatures } from "@/lib/features/compute-features";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { disconnectDb } from "@/lib/db/client";
import { keepRecentFeatures } from "@/lib/workflows/recent-features";
import { syntheticResponse } from "./make-synthetic-jsonl";
import { measurePeakRss } from "./measure";
import { realCorpusFiles } from "./real-corpora";
import { requireScratchDatabase, storeCorpora, timeWorkerAnalysis, type StoredCorpora, type WorkerRun } from "./stored-analysis-bench";

export type CaseSize = { name: string; corpora: number; documents: number; words: number };
export type Timing = { seconds: number; peakRssMb: number };
/** `typical`: the run nearest the median, with its analysis stages (AnalysisResult.timings); `cpuSeconds`: the runs' median CPU, every thread. */
export type StoredTiming = Timing & { runsSeconds: number[]; cpuSeconds: number; typical: WorkerRun };

const seconds = (since: number) => (performance.now() - since) / 1000;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The same analysis `runs` times in one process, after the warm-up a job worker runs when it first has
 * nothing to do (warm-up-analysis.ts), as a worker that was up before the analysis was queued. Later runs
 * are warmer still, so the median is reported. `again`: the worker keeps the fingerprints it reads, as
 * runWorker has it do, and one untimed analysis reads them first (the timed runs load none).
 */
async function fromStoredFeatures(corpora: StoredCorpora, runs: number, options: Record<string, unknown>, again = false): Promise<StoredTiming> {
  const { result: timed, peakRssMb } = await measurePeakRss(async () => {
    await warmUpAnalysis();
    if (again) {
      keepRecentFeatures(true); // as runWorker does
      await timeWorkerAnalysis(corpora, options); // reads the fingerprints from the database and keeps them
    }
    const all = [];
    for (let r = 0; r < runs; r++) all.push(await timeWorkerAnalysis(corpora, options));
    return all;
  });
  const runsSeconds = timed.map((t) => t.seconds);
  const seconds = median(runsSeconds);
  // The run nearest the median (with an even count the median falls between two runs).
  const typical = timed.reduce((best, t) => (Math.abs(t.seconds - seconds) < Math.abs(best.seconds - seconds) ? t : best));
  return { seconds, runsSeconds, cpuSeconds: median(timed.map((t) => t.cpuSeconds)), peakRssMb, typical };
}

/** N synthetic corpora of M documents: features are computed corpus by corpus, texts dropped after; only analyze() is timed. */
async function syntheticInMemory(n: number, docs: number): Promise<CaseSize & Timing> {
  const { result: row, peakRssMb } = await measurePeakRss(async () => {
    const corpora: AnalysisCorpus[] = [];
    let words = 0;
    for (let i = 0; i < n; i++) {
      const rand = createRandom(1000 + i);
      const documents = Array.from({ length: docs }, (_, ordinal) => ({ ordinal, text: syntheticResponse(rand), promptId: `p${ordinal}` }));
      const features = deserializeFeatures(serializeFeatures(computeFeatures(documents)));
      words += features.tokens;
      corpora.push({ id: `syn${i}`, name: `synthetic-${i}`, model: `synthetic-${i}`, features, documents: documents.slice(0, 200) });
    }
    const t1 = performance.now();
    const sources = Math.max(2, n - 5);
    await analyze({ sources: corpora.slice(0, sources), candidates: corpora.slice(sources) });
    return { seconds: seconds(t1), name: `${n} synthetic corpora x ${docs} documents`, corpora: n, documents: n * docs, words };
  });
  return { ...row, peakRssMb };
}

async function main(kind: string, args: string[]): Promise<unknown> {
  if (kind === "synthetic") return syntheticInMemory(Number(args[0]), Number(args[1]));
  requireScratchDatabase();
  try {
    if (kind === "store") {
      const { files, sources } = realCorpusFiles(path.resolve(args[0]));
      return await storeCorpora(files, sources);
    }
    if (kind === "stored") return await fromStoredFeatures(JSON.parse(args[0]) as StoredCorpora, Number(args[1] ?? 3), JSON.parse(args[2] ?? "{}") as Record<string, unknown>);
    if (kind === "stored-again") return await fromStoredFeatures(JSON.parse(args[0]) as StoredCorpora, Number(args[1] ?? 3), {}, true);
    throw new Error(`unknown benchmark "${kind}": store | stored | stored-again | synthetic`);
  } finally {
    await disconnectDb();
  }
}

const [kind, ...args] = process.argv.slice(2);
process.stdout.write(JSON.stringify(await main(kind, args)) + "\n");
