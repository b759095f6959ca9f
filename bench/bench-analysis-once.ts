// Child process of run-bench.ts: one analysis benchmark, printed as JSON. Run alone so RSS is its own.
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyze, type AnalysisCorpus } from "@/lib/analysis/analyze";
import { computeFeatures } from "@/lib/features/compute-features";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { createRandom } from "@/lib/analysis/math/seeded-random";
import { loadFileCorpus } from "@/lib/workflows/load-file-corpus";
import { syntheticResponse } from "./make-synthetic-jsonl";
import { measurePeakRss } from "./measure";

export type AnalysisBenchRow = {
  name: string;
  corpora: number;
  documents: number;
  words: number;
  fromRawSeconds: number | null;
  storedFeaturesSeconds: number;
  peakRssMb: number;
};

const seconds = (since: number) => (performance.now() - since) / 1000;

/** 12 real corpora from a manifest: sources then candidates, up to 12 in all. */
async function realCorpora(manifestPath: string): Promise<AnalysisBenchRow> {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { sources: string[]; candidates: Record<string, unknown> };
  const dir = path.dirname(manifestPath);
  const files = [...manifest.sources, ...Object.keys(manifest.candidates)].slice(0, 12);
  const nSources = Math.min(manifest.sources.length, files.length - 1);
  const { result: row, peakRssMb } = await measurePeakRss(async () => {
    const t0 = performance.now();
    const corpora = await Promise.all(files.map((f) => loadFileCorpus(path.join(dir, f))));
    await analyze({ sources: corpora.slice(0, nSources), candidates: corpora.slice(nSources) });
    const fromRawSeconds = seconds(t0);
    // "features stored": what a worker does for an analysis of corpora already in the database
    const stored = corpora.map((c) => ({ ...c, bytes: serializeFeatures(c.features) }));
    const t1 = performance.now();
    const reloaded: AnalysisCorpus[] = stored.map((c) => ({ id: c.id, name: c.name, model: c.model, features: deserializeFeatures(c.bytes), documents: c.documents }));
    await analyze({ sources: reloaded.slice(0, nSources), candidates: reloaded.slice(nSources) });
    return {
      name: "12 AlpacaEval corpora",
      corpora: corpora.length,
      documents: corpora.reduce((s, c) => s + c.documentCount, 0),
      words: corpora.reduce((s, c) => s + c.tokenCount, 0),
      fromRawSeconds,
      storedFeaturesSeconds: seconds(t1),
    };
  });
  return { ...row, peakRssMb };
}

/** N synthetic corpora of M documents: features are computed corpus by corpus, texts dropped after. */
async function syntheticCorpora(n: number, docs: number): Promise<AnalysisBenchRow> {
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
    return { name: `${n} synthetic corpora x ${docs} documents`, corpora: n, documents: n * docs, words, fromRawSeconds: null, storedFeaturesSeconds: seconds(t1) };
  });
  return { ...row, peakRssMb };
}

const [kind, a, b] = process.argv.slice(2);
const row = kind === "real" ? await realCorpora(a) : await syntheticCorpora(Number(a), Number(b));
process.stdout.write(JSON.stringify(row) + "\n");
