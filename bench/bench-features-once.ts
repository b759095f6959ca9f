// Child process of run-bench.ts: fingerprint throughput on one core. The files are parsed first (untimed);
// then computeFeatures runs on this thread over every corpus, three times, and the median CPU time is
// reported against the texts' UTF-8 size: MB/s per core. Prints one JSON line.
//   npx tsx bench/bench-features-once.ts FILE...
import { computeFeatures, type FeatureInputDocument } from "@/lib/features/compute-features";
import { readRecords } from "@/lib/ingest/read-records";
import { median } from "./measure-process";

export type FeatureThroughput = { megabytes: number; documents: number; words: number; cpuSeconds: number; mbPerSecondPerCore: number; runsCpuSeconds: number[] };

const corpora: FeatureInputDocument[][] = [];
let bytes = 0;
for (const file of process.argv.slice(2)) {
  const docs: FeatureInputDocument[] = [];
  for await (const r of readRecords(file)) {
    docs.push({ ordinal: docs.length, text: r.text, prompt: r.prompt ?? null, promptId: r.promptId ?? null });
    bytes += Buffer.byteLength(r.text);
  }
  corpora.push(docs);
}
let words = 0;
const runs: number[] = [];
for (let r = 0; r < 3; r++) {
  const before = process.cpuUsage();
  words = 0;
  for (const docs of corpora) words += computeFeatures(docs).tokens;
  const used = process.cpuUsage(before);
  runs.push((used.user + used.system) / 1e6);
}
const cpuSeconds = median(runs);
const row: FeatureThroughput = {
  megabytes: bytes / 1e6,
  documents: corpora.reduce((s, c) => s + c.length, 0),
  words,
  cpuSeconds,
  mbPerSecondPerCore: bytes / 1e6 / cpuSeconds,
  runsCpuSeconds: runs,
};
process.stdout.write(JSON.stringify(row) + "\n");
