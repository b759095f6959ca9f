// TEMP harness (helper session, to be deleted): cached features → analyze(), CPU + wall.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyze, type AnalysisCorpus } from "@/lib/analysis/analyze";
import { computeFeatures } from "@/lib/features/compute-features";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";

const manifestPath = "/work/shared/corpora/alpaca-eval/manifest.json";
const m = JSON.parse(readFileSync(manifestPath, "utf8")) as { sources: string[]; candidates: Record<string, { expected: string }> };
const dir = path.dirname(manifestPath);
const nSrc = Number(process.argv[2] ?? 8);
const nCand = Number(process.argv[3] ?? 7);
const files = [...m.sources.slice(0, nSrc), ...Object.keys(m.candidates).slice(0, nCand)];
const corpora: AnalysisCorpus[] = files.map((f) => {
  const raw = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { instruction: string; output: string }[];
  const docs = raw.map((r, ordinal) => ({ ordinal, text: r.output, prompt: r.instruction }));
  const cache = `/tmp/a3/cache/${f}.bin`;
  if (!existsSync(cache)) writeFileSync(cache, serializeFeatures(computeFeatures(docs)));
  const name = path.basename(f, ".json");
  return { id: name, name, model: name, features: deserializeFeatures(readFileSync(cache)) };
});
const byId = new Map(files.map((f, i) => [path.basename(f, ".json"), i]));
const docsOf = (c: AnalysisCorpus) => {
  const raw = JSON.parse(readFileSync(path.join(dir, files[byId.get(c.id)!]), "utf8")) as { output: string }[];
  return raw.map((r, ordinal) => ({ ordinal, text: r.output }));
};
const c0 = process.cpuUsage();
const t0 = performance.now();
const r = await analyze({ sources: corpora.slice(0, nSrc), candidates: corpora.slice(nSrc), getDocuments: docsOf });
const wall = performance.now() - t0;
const cpu = process.cpuUsage(c0);
console.log(JSON.stringify({ wallMs: Math.round(wall), cpuMs: Math.round((cpu.user + cpu.system) / 1000), timings: r.timings, cv: r.separability.accuracy, rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) }));
for (const c of r.candidates) console.log(c.name, "→", c.ranking.slice(0, 3).map((e) => `${e.source} ${e.score.toFixed(3)}`).join(" | "), "|", c.verdict.status, c.verdict.confidence.toFixed(2));
