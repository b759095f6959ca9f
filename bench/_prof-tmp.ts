import { computeFeatures, type FeatureInputDocument } from "@/lib/features/compute-features";
import { serializeFeatures, deserializeFeatures } from "@/lib/features/serialize-features";
import { readRecords } from "@/lib/ingest/read-records";
const files = (process.argv[2] ?? "Meta-Llama-3-8B-Instruct.json").split(",");
const all: FeatureInputDocument[][] = [];
for (const f of files) {
  const docs: FeatureInputDocument[] = [];
  for await (const r of readRecords("/work/shared/corpora/alpaca-eval/" + f)) docs.push({ ordinal: docs.length, text: r.text, prompt: r.prompt ?? null, promptId: r.promptId ?? null });
  all.push(docs);
}
const mode = process.argv[3] ?? "features";
for (let k = 0; k < 5; k++) for (const docs of all) {
  const c0 = process.cpuUsage();
  const f = computeFeatures(docs);
  let extra = "";
  if (mode === "ser") { const c1 = process.cpuUsage(); const b = serializeFeatures(f); const c2 = process.cpuUsage(c1); const c3 = process.cpuUsage(); deserializeFeatures(b); const c4 = process.cpuUsage(c3); extra = ` ser ${(c2.user/1000).toFixed(0)} de ${(c4.user/1000).toFixed(0)} bytes ${b.length}`; }
  const c = process.cpuUsage(c0);
  console.log("cpu ms", (c.user / 1000).toFixed(0), extra);
}
