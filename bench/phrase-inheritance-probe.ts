// npx tsx bench/phrase-inheritance-probe.ts <manifest.json> [more manifests…] [--features-cache DIR]
// A probe, not part of the product: would bigram and trigram counts tell a teacher from an impostor better than
// the words the inheritance question reads now? Point estimates on whole corpora only (no bootstrap, no
// calibration: the fingerprint keeps phrases per corpus, not per document, so nothing here could be
// resampled). For each set of metrics it prints each case's lead of its first source over its second, in
// units of the metrics' spread over the sources, with the teacher present and again with every right answer
// taken out of the sources. A metric worth adding makes the first leads larger without the second growing.
// --features-cache reads the fingerprints `npm run eval -- … --features-cache DIR` kept.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { overRepresentation } from "@/lib/analysis/attribution/corpus-metrics";
import { weightedJaccard } from "@/lib/analysis/metrics/weighted-jaccard";
import { logOddsProfile, pearson } from "@/lib/analysis/metrics/log-odds-correlation";
import { SPACE } from "@/lib/analysis/params";
import { computeFeatures, type FeatureInputDocument } from "@/lib/features/compute-features";
import { deserializeFeatures } from "@/lib/features/serialize-features";
import type { CorpusFeatures } from "@/lib/features/feature-types";
import { readRecords } from "@/lib/ingest/read-records";
import { readManifest } from "./eval/read-manifest";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { "features-cache": { type: "string" } } });
if (positionals.length === 0) throw new Error("usage: npx tsx bench/phrase-inheritance-probe.ts <manifest.json> [more manifests…] [--features-cache DIR]");

type Kind = "unigrams" | "bigrams" | "trigrams";
type Metric = { kind: Kind; measure: "jaccard" | "correlation" };
/** Terms kept per kind (by mean relative frequency), after the most frequent ones (function words and phrases). */
const SPACE_OF: Record<Kind, { skip: number; size: number }> = {
  unigrams: { skip: SPACE.functionWords, size: SPACE.words - SPACE.functionWords },
  bigrams: { skip: 100, size: 5000 },
  trigrams: { skip: 50, size: 5000 },
};
const SETS: Record<string, Metric[]> = {
  "words (the verdict's pair)": [
    { kind: "unigrams", measure: "jaccard" },
    { kind: "unigrams", measure: "correlation" },
  ],
  "words + bigram Jaccard": [
    { kind: "unigrams", measure: "jaccard" },
    { kind: "unigrams", measure: "correlation" },
    { kind: "bigrams", measure: "jaccard" },
  ],
  "words + bigram and trigram Jaccard": [
    { kind: "unigrams", measure: "jaccard" },
    { kind: "unigrams", measure: "correlation" },
    { kind: "bigrams", measure: "jaccard" },
    { kind: "trigrams", measure: "jaccard" },
  ],
  "bigrams alone": [
    { kind: "bigrams", measure: "jaccard" },
    { kind: "bigrams", measure: "correlation" },
  ],
};

const nameOf = (file: string) => path.basename(file, path.extname(file));

async function loadFeatures(file: string): Promise<CorpusFeatures> {
  const cached = values["features-cache"] ? path.join(values["features-cache"], `${nameOf(file)}.features`) : null;
  if (cached && existsSync(cached)) return deserializeFeatures(new Uint8Array(readFileSync(cached)));
  const docs: FeatureInputDocument[] = [];
  for await (const r of readRecords(file, { withLines: false })) docs.push({ ordinal: docs.length, text: r.text, prompt: r.prompt ?? null, promptId: r.promptId ?? null });
  return computeFeatures(docs);
}

/** Each source's value with the candidate, on the terms of `kind` the corpora use most. */
function metricValues(sources: CorpusFeatures[], candidate: CorpusFeatures, { kind, measure }: Metric): number[] {
  const all = [...sources, candidate];
  const share = new Map<string, number>();
  for (const f of all) {
    const t = f[kind];
    for (let i = 0; i < t.terms.length; i++) share.set(t.terms[i], (share.get(t.terms[i]) ?? 0) + t.counts[i] / Math.max(1, f.tokens));
  }
  const { skip, size } = SPACE_OF[kind];
  const terms = [...share.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(skip, skip + size);
  const column = new Map(terms.map(([term], j) => [term, j]));
  const counts = all.map((f) => {
    const v = new Float64Array(terms.length);
    const t = f[kind];
    for (let i = 0; i < t.terms.length; i++) {
      const j = column.get(t.terms[i]);
      if (j !== undefined) v[j] = t.counts[i];
    }
    return v;
  });
  const pool = new Float64Array(terms.length);
  let total = 0;
  sources.forEach((f, s) => {
    for (let j = 0; j < pool.length; j++) pool[j] += counts[s][j];
    total += f.tokens;
  });
  const z = all.map((f, i) => logOddsProfile(counts[i], f.tokens, pool, total, SPACE.alpha0, i < sources.length));
  const own = z[sources.length];
  const over = measure === "jaccard" ? overRepresentation(z) : [];
  return sources.map((_, s) => (measure === "jaccard" ? weightedJaccard(over[sources.length], over[s]) : pearson(own, z[s])));
}

/** Sources ranked by the metrics' mean z over the sources; the lead is first minus second. */
function rank(sources: string[], features: Map<string, CorpusFeatures>, candidate: string, metrics: Metric[]): { top: string; lead: number } {
  const sum = new Array<number>(sources.length).fill(0);
  for (const metric of metrics) {
    const v = metricValues(sources.map((s) => features.get(s)!), features.get(candidate)!, metric);
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length) || 1;
    v.forEach((x, i) => (sum[i] += (x - mean) / sd / metrics.length));
  }
  const order = sources.map((s, i) => ({ s, z: sum[i] })).sort((a, b) => b.z - a.z);
  return { top: order[0].s, lead: order[0].z - order[1].z };
}

for (const file of positionals) {
  const manifest = readManifest(file);
  const sources = manifest.sources.map(nameOf);
  const features = new Map<string, CorpusFeatures>();
  for (const f of [...manifest.sources, ...manifest.cases.map((c) => c.file)]) features.set(nameOf(f), await loadFeatures(f));
  console.log(`## ${manifest.name}\n`);
  console.log("lead of the first source over the second (metric spreads); ✗ = a wrong source first; absent = the right answers taken out; control = no teacher among the sources\n");
  for (const [label, metrics] of Object.entries(SETS)) {
    const present: string[] = [];
    const absent: string[] = [];
    let right = 0;
    for (const c of manifest.cases) {
      const name = nameOf(c.file);
      const { top, lead } = rank(sources, features, name, metrics);
      if (!c.expected) {
        absent.push(`control ${lead.toFixed(2)}`);
        continue;
      }
      const ok = c.expected.includes(top);
      if (ok) right++;
      present.push(`${ok ? "" : "✗"}${lead.toFixed(2)}`);
      absent.push(rank(sources.filter((s) => !c.expected!.includes(s)), features, name, metrics).lead.toFixed(2));
    }
    console.log(`${label}: top-1 ${right}/${present.length}`);
    console.log(`  teacher present: ${present.join(" ")}`);
    console.log(`  teacher absent:  ${absent.join(" ")}\n`);
  }
}
