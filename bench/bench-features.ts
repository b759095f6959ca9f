// Times computeFeatures per corpus on 12 real AlpacaEval files (best of 3, wall and CPU time), plus
// serialise/deserialise. `--snapshot DIR` writes each corpus' serialised features; `--check DIR` compares
// the current output against them (the regression check for performance work on lib/text and lib/features).
// Usage: npx tsx bench/bench-features.ts [--dir /work/shared/corpora/alpaca-eval] [--snapshot DIR | --check DIR] [--features-only]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { computeFeatures, type FeatureInputDocument } from "@/lib/features/compute-features";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { readRecords } from "@/lib/ingest/read-records";
import { countWords } from "@/lib/text/tokenize";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dir = arg("--dir") ?? "/work/shared/corpora/alpaca-eval";
const snapshot = arg("--snapshot");
const check = arg("--check");
const featuresOnly = process.argv.includes("--features-only"); // skip the serialise and countWords timings

async function load(file: string): Promise<FeatureInputDocument[]> {
  const docs: FeatureInputDocument[] = [];
  for await (const r of readRecords(file)) docs.push({ ordinal: docs.length, text: r.text, prompt: r.prompt ?? null, promptId: r.promptId ?? null });
  return docs;
}

/** Best of `runs`: wall and CPU milliseconds. */
function time(work: () => void, runs = 3): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    work();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "manifest.json").sort().slice(0, 12);
const corpora = await Promise.all(files.map(async (f) => ({ name: f, docs: await load(path.join(dir, f)) })));
if (snapshot && !existsSync(snapshot)) mkdirSync(snapshot, { recursive: true });

const ms = (x: number) => x.toFixed(0).padStart(6);
let sum = { wall: 0, cpu: 0, ser: 0, de: 0, cw: 0, chars: 0 };
let mismatches = 0;
for (const { name, docs } of corpora) {
  computeFeatures(docs); // warm-up
  let f = computeFeatures(docs);
  const t = time(() => (f = computeFeatures(docs)));
  let bytes = serializeFeatures(f);
  const none = { wall: 0, cpu: 0 };
  const s = featuresOnly ? none : time(() => (bytes = serializeFeatures(f)));
  const d = featuresOnly ? none : time(() => deserializeFeatures(bytes));
  const chars = docs.reduce((n, doc) => n + doc.text.length, 0);
  let words = 0;
  const cw = featuresOnly ? none : time(() => {
    words = 0;
    for (const doc of docs) words += countWords(doc.text);
  });
  const snap = path.join(snapshot ?? check ?? "", `${name}.dsf`);
  let status = "";
  if (snapshot) writeFileSync(snap, bytes);
  if (check) {
    const same = isDeepStrictEqual(deserializeFeatures(readFileSync(snap)), f);
    status = same ? "same" : "DIFFERENT";
    if (!same) mismatches++;
  }
  console.log(
    `${name.padEnd(44)} docs ${docs.length} words ${String(f.tokens).padStart(7)}  features wall ${ms(t.wall)} ms cpu ${ms(t.cpu)} ms` +
      `  ser ${ms(s.wall)} de ${ms(d.wall)}  countWords ${((cw.cpu * 1e6) / chars).toFixed(1)} ns/char (${words}) ${status}`,
  );
  sum = { wall: sum.wall + t.wall, cpu: sum.cpu + t.cpu, ser: sum.ser + s.wall, de: sum.de + d.wall, cw: sum.cw + cw.cpu, chars: sum.chars + chars };
}
console.log(
  `TOTAL ${corpora.length} corpora: computeFeatures wall ${sum.wall.toFixed(0)} ms cpu ${sum.cpu.toFixed(0)} ms; ` +
    `serialize ${sum.ser.toFixed(0)} ms; deserialize ${sum.de.toFixed(0)} ms; countWords ${((sum.cw * 1e6) / sum.chars).toFixed(1)} ns/char`,
);
if (check) {
  console.log(mismatches === 0 ? "CHECK OK: output identical to snapshot" : `CHECK FAILED: ${mismatches} corpora differ`);
  process.exitCode = mismatches === 0 ? 0 : 1;
}
