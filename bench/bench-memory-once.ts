// Child process of run-bench.ts, built ahead of time like the CLI (scripts/build-cli.mjs --bench): where
// the 12-corpus CLI job's memory goes. It loads the files as `cli analyze` does, then runs analyze(),
// recording this process' resident set size at each stage with the peak since the previous one, and the
// bytes each part of the fingerprints holds. Prints one JSON line.
//   node dist/bench-memory.js <sources> -- <candidates>
import { analyze } from "@/lib/analysis/analyze";
import type { CorpusFeatures } from "@/lib/features/feature-types";
import { mapConcurrently } from "@/lib/threads/map-concurrently";
import { endIdleThreads } from "@/lib/threads/thread-pool";
import { closeFeatureThreadsAfter } from "@/lib/features/compute-features-async";
import { loadFileCorpus } from "@/lib/workflows/load-file-corpus";
import { loadSnippetDocuments } from "@/lib/workflows/snippet-documents";

export type MemoryStage = { stage: string; rssMb: number; peakMb: number; heapUsedMb: number; heapTotalMb: number; arrayBuffersMb: number };
export type MemoryBreakdown = { stages: MemoryStage[]; featuresMb: Record<string, number> };

const mb = (bytes: number) => Math.round((10 * bytes) / 2 ** 20) / 10; // MiB, as every memory figure of the bench
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
const timer = setInterval(sample, 5);
const stages: MemoryStage[] = [];
function record(stage: string): void {
  const m = process.memoryUsage();
  sample();
  stages.push({ stage, rssMb: mb(m.rss), peakMb: mb(peak), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), arrayBuffersMb: mb(m.arrayBuffers) });
  peak = 0;
}

/** Bytes held by the fingerprints, by part: typed arrays exactly, strings at 2 bytes a character plus a header. */
function featureBytes(all: CorpusFeatures[]): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (part: string, value: unknown): number => {
    if (ArrayBuffer.isView(value)) return value.byteLength;
    if (typeof value === "string") return 16 + 2 * value.length;
    if (Array.isArray(value)) return value.reduce((s: number, v) => s + add(part, v), 8 * value.length);
    if (value && typeof value === "object") return Object.values(value).reduce((s: number, v) => s + add(part, v), 0);
    return 8;
  };
  for (const f of all) for (const [part, value] of Object.entries(f)) out[part] = (out[part] ?? 0) + add(part, value);
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, mb(v)]));
}

const args = process.argv.slice(2);
const split = args.indexOf("--");
const [sources, candidates] = [args.slice(0, split), args.slice(split + 1)];
record("start (node and code)");
closeFeatureThreadsAfter(sources.length + candidates.length); // as cli analyze does
const loaded = await mapConcurrently([...sources, ...candidates], 3, (file) => loadFileCorpus(file));
record("fingerprints of every corpus computed");
// Measured before the analysis, which drops the per-document rows once it has read them (releaseRows).
const featuresMb = featureBytes(loaded.map((c) => c.features));
await endIdleThreads("features"); // as analyze() does first
record("fingerprinting threads ended");
await analyze({
  sources: loaded.slice(0, sources.length),
  candidates: loaded.slice(sources.length),
  getDocuments: loadSnippetDocuments,
  releaseRows: true,
  onProgress: (stage) => record(`analyze: ${stage}`),
});
record("result built");
clearInterval(timer);
const row: MemoryBreakdown = { stages, featuresMb };
process.stdout.write(JSON.stringify(row) + "\n");
process.exit(0);
