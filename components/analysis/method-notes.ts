// Labels and one-line explanations for each metric, and the stylo-style parameter line printed under charts.
import type { AnalysisParams, MetricId, PageResult } from "@/lib/analysis/result-types";

export const METRIC_INFO: Record<MetricId, { label: string; explain: string }> = {
  combined: { label: "Combined", explain: "mean of the metric z-scores (centred across sources, each in its spread across models)" },
  "burrows-delta": { label: "Burrows's Delta", explain: "mean |z-score difference| of the most frequent words (distance)" },
  "cosine-delta": { label: "Cosine Delta", explain: "cosine distance of MFW z-score vectors (Smith & Aldridge)" },
  "jensen-shannon": { label: "Jensen-Shannon", explain: "divergence between word-frequency distributions (distance)" },
  "char-ngram-cosine": { label: "Char n-gram cosine", explain: "cosine similarity of character n-gram profiles" },
  "slop-jaccard": { label: "Slop Jaccard", explain: "overlap of terms each corpus over-uses against human writing" },
  "log-odds-correlation": { label: "Vocabulary log-odds", explain: "correlation of the words each corpus over- and under-uses against the sources" },
  "style-markers": { label: "Style markers", explain: "distance between rates of formatting and discourse markers" },
  classifier: { label: "Classifier share", explain: "share of candidate documents a source classifier assigns to each source" },
  "prompt-aligned": { label: "Prompt-aligned", explain: "per-prompt nearest source, over prompts both corpora answered" },
};

export function metricLabel(metric: string): string {
  return METRIC_INFO[metric as MetricId]?.label ?? metric;
}

/** e.g. "Cosine Delta · 300 MFW · culled @ 50% · char 2–4-grams · bootstrap 100 · seed 42 · n docs 805". */
export function paramLine(params: AnalysisParams, extra: { metric?: string; docs?: string } = {}): string {
  const parts = [
    extra.metric ? metricLabel(extra.metric) : null,
    `${params.mfw} MFW`,
    `culled @ ${Math.round(params.culling * 100)}%`,
    `char ${params.charNgram[0]}–${params.charNgram[1]}-grams`,
    `bootstrap ${params.bootstrap}`,
    `seed ${params.seed}`,
    params.maxDocumentsPerCorpus ? `≤ ${params.maxDocumentsPerCorpus} docs/corpus` : null,
    extra.docs ? `n docs ${extra.docs}` : null,
    `human ref ${params.humanReference}`,
  ];
  return parts.filter(Boolean).join(" · ");
}

/** Document counts per corpus, compact: "805 (cand) / 805, 805, 805 (sources)". */
export function docCounts(result: PageResult): string {
  const src = result.corpora.filter((c) => c.role === "source").map((c) => c.documents);
  const cand = result.corpora.filter((c) => c.role === "candidate").map((c) => c.documents);
  const fmt = (xs: number[]) => (xs.length && xs.every((x) => x === xs[0]) ? `${xs[0]}×${xs.length}` : xs.join(", "));
  return `sources ${fmt(src)}, candidates ${fmt(cand)}`;
}
