// Document vectors for the classifier and the prompt-aligned comparison: sublinear TF-IDF over the shared
// word and char spaces (smoothed idf, each block L2-normalised and weighted 1/√2), plus a dense block of
// per-document style statistics (log marker counts, length, sentence and paragraph counts, MATTR), z-scored
// over the sources' documents and scaled to norm ≈ STYLE_WEIGHT. Formatting habits (headings, bullets,
// bold, length) are among the strongest per-document signals of an LLM, and the char n-grams, computed on
// whitespace-folded text, cannot see them.

import type { AnalysisSpace, CharRows, CorpusView } from "@/lib/analysis/attribution/analysis-space";
import type { SparseRows } from "@/lib/analysis/attribution/logistic-regression";

export type DocumentVectors = { rows: SparseRows; docs: Uint32Array[] /* per view: document index of each row */; start: number[] };

/**
 * Rows for each view's documents that have char rows, evenly capped at `maxDocs` per corpus. `filled(vi)`
 * is called (and awaited) once view vi's vectors are written: the view is not read again.
 */
export async function buildDocumentVectors(space: AnalysisSpace, maxDocs: number | null, idfViews: number[], filled?: (view: number) => Promise<void>): Promise<DocumentVectors> {
  const wordDims = space.words.length;
  const styleBase = wordDims + space.charCount;
  const styleDims = (space.views[0]?.features.markerNames.length ?? 0) + DOC_STATS;
  const dims = styleBase + styleDims;
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
      const { offsets, index } = v.chars;
      for (let k = offsets[r]; k < offsets[r + 1]; k++) df[wordDims + index[k]]++;
    }
  }
  const idf = df.map((x) => Math.log((1 + n) / (1 + x)) + 1);
  const style = styleScaler(space, picks, idfViews, styleDims);
  const raw = new Float64Array(styleDims);

  // Two passes over typed arrays: count non-zeros, then fill (a JS number[] of ~10^7 entries is slow).
  let rowsTotal = 0;
  let nnz = 0;
  space.views.forEach((v, vi) => {
    for (const r of picks[vi]) {
      const d = v.charDocs[r];
      rowsTotal++;
      nnz += v.words.offsets[d + 1] - v.words.offsets[d] + v.chars.offsets[r + 1] - v.chars.offsets[r] + styleDims;
    }
  });
  // Shared memory: the classifier reads these rows on a worker thread without a copy.
  const offsets = new Uint32Array(new SharedArrayBuffer(4 * (rowsTotal + 1)));
  if (dims > 65536) throw new Error(`Document vectors have 16-bit columns; ${dims} dimensions do not fit.`);
  const index = new Uint16Array(new SharedArrayBuffer(2 * nnz));
  const values = new Float32Array(new SharedArrayBuffer(4 * nnz));
  const docs: Uint32Array[] = [];
  const start: number[] = [];
  let row = 0;
  let at = 0;
  for (let vi = 0; vi < space.views.length; vi++) {
    const v = space.views[vi];
    start.push(row);
    docs.push(Uint32Array.from(picks[vi], (r) => v.charDocs[r]));
    for (const r of picks[vi]) {
      const d = v.charDocs[r];
      at = fillBlock(v.words.index, v.words.values, v.words.offsets[d], v.words.offsets[d + 1], 0, idf, index, values, at);
      at = fillCharBlock(v.chars, r, wordDims, idf, index, values, at);
      docStyle(v, d, raw);
      for (let j = 0; j < styleDims; j++) {
        index[at] = styleBase + j;
        values[at++] = (raw[j] - style.mean[j]) * style.scale[j];
      }
      offsets[++row] = at;
    }
    if (filled) await filled(vi);
  }
  return { rows: { offsets, index, values, dims }, docs, start };
}

/** Per-document statistics after the markers: log words, log characters, log sentences, log paragraphs, MATTR, log words per sentence. */
const DOC_STATS = 6;
export const STYLE_WEIGHT = 0.7;

function docStyle(v: CorpusView, d: number, out: Float64Array): void {
  const f = v.features;
  const m = f.markerNames.length;
  for (let j = 0; j < m; j++) out[j] = Math.log1p(f.docs.markers[d * m + j]);
  out[m] = Math.log1p(f.docs.tokens[d]);
  out[m + 1] = Math.log1p(f.docs.characters[d]);
  out[m + 2] = Math.log1p(f.docs.sentences[d]);
  out[m + 3] = Math.log1p(f.docs.paragraphs[d]);
  out[m + 4] = f.docs.mattr[d];
  out[m + 5] = Math.log1p(f.docs.tokens[d] / Math.max(1, f.docs.sentences[d]));
}

/** Mean and scale (STYLE_WEIGHT / (sd·√dims)) of each style column over the idf views' documents. */
function styleScaler(space: AnalysisSpace, picks: number[][], idfViews: number[], dims: number): { mean: Float64Array; scale: Float64Array } {
  const sum = new Float64Array(dims);
  const sq = new Float64Array(dims);
  const raw = new Float64Array(dims);
  let n = 0;
  for (const vi of idfViews) {
    const v = space.views[vi];
    for (const r of picks[vi]) {
      docStyle(v, v.charDocs[r], raw);
      for (let j = 0; j < dims; j++) {
        sum[j] += raw[j];
        sq[j] += raw[j] * raw[j];
      }
      n++;
    }
  }
  const mean = sum.map((x) => x / Math.max(1, n));
  const scale = sq.map((x, j) => {
    const sd = Math.sqrt(Math.max(0, x / Math.max(1, n) - mean[j] ** 2));
    return sd > 1e-9 ? STYLE_WEIGHT / (sd * Math.sqrt(dims)) : 0;
  });
  return { mean, scale };
}

function pickCharRows(v: CorpusView, maxDocs: number | null): number[] {
  const n = v.charDocs.length;
  if (maxDocs === null || n <= maxDocs) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: maxDocs }, (_, k) => Math.floor((k * n) / maxDocs));
}

/** 1 + ln(count) for the small integer counts nearly every entry has (about 10^7 logarithms otherwise). */
const LOG_TABLE = Float64Array.from({ length: 256 }, (_, c) => 1 + Math.log(c));

/** Writes one L2-normalised (then ×1/√2) sublinear TF-IDF block at `at`; returns the next free slot. */
function fillBlock(
  idx: Uint16Array,
  val: Uint16Array,
  from: number,
  to: number,
  base: number,
  idf: Float64Array,
  index: Uint16Array,
  values: Float32Array,
  at: number,
): number {
  let norm = 0;
  for (let k = from; k < to; k++) {
    const c = val[k];
    const w = (c < LOG_TABLE.length ? LOG_TABLE[c | 0] : 1 + Math.log(c)) * idf[base + idx[k]];
    index[at + k - from] = base + idx[k];
    values[at + k - from] = w;
    norm += w * w;
  }
  const scale = norm === 0 ? 0 : Math.SQRT1_2 / Math.sqrt(norm);
  for (let k = at; k < at + to - from; k++) values[k] *= scale;
  return at + to - from;
}

/** fillBlock over one of the space's char rows (8-bit counts). */
function fillCharBlock(rows: CharRows, r: number, base: number, idf: Float64Array, index: Uint16Array, values: Float32Array, at: number): number {
  const { index: idx, counts } = rows;
  let norm = 0;
  let k = at;
  for (let j = rows.offsets[r]; j < rows.offsets[r + 1]; j++) {
    const c = idx[j];
    const w = LOG_TABLE[counts[j]] * idf[base + c];
    index[k] = base + c;
    values[k++] = w;
    norm += w * w;
  }
  const scale = norm === 0 ? 0 : Math.SQRT1_2 / Math.sqrt(norm);
  for (let j = at; j < k; j++) values[j] *= scale;
  return k;
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
