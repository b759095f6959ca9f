// TF-IDF document vectors over the shared word and char spaces (sublinear tf, smoothed idf, each block
// L2-normalised and weighted 1/√2), for the classifier and the prompt-aligned comparison.

import type { AnalysisSpace, CorpusView } from "@/lib/analysis/attribution/analysis-space";
import type { SparseRows } from "@/lib/analysis/attribution/logistic-regression";

export type DocumentVectors = { rows: SparseRows; docs: Uint32Array[] /* per view: document index of each row */; start: number[] };

/** Rows for each view's documents that have char rows, evenly capped at `maxDocs` per corpus. */
export function buildDocumentVectors(space: AnalysisSpace, maxDocs: number | null, idfViews: number[]): DocumentVectors {
  const wordDims = space.words.length;
  const dims = wordDims + space.charCount;
  const picks = space.views.map((v) => pickCharRows(v, maxDocs));
  // Document frequencies over the views that define idf (the sources).
  const df = new Float64Array(dims);
  let n = 0;
  for (const vi of idfViews) {
    const v = space.views[vi];
    for (const r of picks[vi]) {
      n++;
      const d = v.charDocs[r];
      for (let k = v.words.offsets[d]; k < v.words.offsets[d + 1]; k++) df[v.words.index[k]]++;
      for (let k = v.chars.offsets[r]; k < v.chars.offsets[r + 1]; k++) df[wordDims + v.chars.index[k]]++;
    }
  }
  const idf = df.map((x) => Math.log((1 + n) / (1 + x)) + 1);

  const offsets: number[] = [0];
  const index: number[] = [];
  const values: number[] = [];
  const docs: Uint32Array[] = [];
  const start: number[] = [];
  space.views.forEach((v, vi) => {
    start.push(offsets.length - 1);
    docs.push(Uint32Array.from(picks[vi], (r) => v.charDocs[r]));
    for (const r of picks[vi]) {
      const d = v.charDocs[r];
      pushBlock(v.words.index, v.words.values, v.words.offsets[d], v.words.offsets[d + 1], 0, idf, index, values);
      pushBlock(v.chars.index, v.chars.values, v.chars.offsets[r], v.chars.offsets[r + 1], wordDims, idf, index, values);
      offsets.push(index.length);
    }
  });
  return {
    rows: { offsets: Uint32Array.from(offsets), index: Uint32Array.from(index), values: Float32Array.from(values), dims },
    docs,
    start,
  };
}

function pickCharRows(v: CorpusView, maxDocs: number | null): number[] {
  const n = v.charDocs.length;
  if (maxDocs === null || n <= maxDocs) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: maxDocs }, (_, k) => Math.floor((k * n) / maxDocs));
}

function pushBlock(
  idx: Uint32Array,
  val: Float32Array,
  from: number,
  to: number,
  base: number,
  idf: Float64Array,
  index: number[],
  values: number[],
): void {
  const at = values.length;
  let norm = 0;
  for (let k = from; k < to; k++) {
    const w = (1 + Math.log(val[k])) * idf[base + idx[k]];
    index.push(base + idx[k]);
    values.push(w);
    norm += w * w;
  }
  const scale = norm === 0 ? 0 : Math.SQRT1_2 / Math.sqrt(norm);
  for (let k = at; k < values.length; k++) values[k] *= scale;
}

export function sparseCosine(x: SparseRows, a: number, b: number, scratch: Float64Array): number {
  for (let k = x.offsets[a]; k < x.offsets[a + 1]; k++) scratch[x.index[k]] = x.values[k];
  let dot = 0;
  let nb = 0;
  for (let k = x.offsets[b]; k < x.offsets[b + 1]; k++) {
    dot += scratch[x.index[k]] * x.values[k];
    nb += x.values[k] * x.values[k];
  }
  let na = 0;
  for (let k = x.offsets[a]; k < x.offsets[a + 1]; k++) {
    na += x.values[k] * x.values[k];
    scratch[x.index[k]] = 0;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
