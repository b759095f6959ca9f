// Maps every corpus' stored rows into shared column spaces: the analysis' top words and top char buckets.

import type { CorpusFeatures } from "@/lib/features/feature-types";
import { SPACE } from "@/lib/analysis/params";

export type SparseMatrix = { offsets: Uint32Array; index: Uint32Array; values: Float32Array };

export type CorpusView = {
  features: CorpusFeatures;
  /** rows over the shared word space, one per document */
  words: SparseMatrix;
  /** rows over the shared char space, one per sampled document; `charDocs[r]` = document index */
  chars: SparseMatrix;
  charDocs: Uint32Array;
  /** document indices used by the bootstrap and the classifier (capped sample) */
  sample: Uint32Array;
};

export type AnalysisSpace = {
  words: string[];
  wordIndex: Map<string, number>;
  /** char buckets (DOC_CHAR_BITS space) → column, -1 when outside the space */
  charColumn: Int32Array;
  charCount: number;
  views: CorpusView[];
};

/** Evenly spaced document indices, at most `max` (all when max is null or larger than n). */
export function evenSample(n: number, max: number | null): Uint32Array {
  if (max === null || n <= max) return Uint32Array.from({ length: n }, (_, i) => i);
  return Uint32Array.from({ length: max }, (_, k) => Math.floor((k * n) / max));
}

export function buildAnalysisSpace(corpora: CorpusFeatures[], maxDocs: number | null): AnalysisSpace {
  // Words ranked by mean relative frequency across corpora, so a big corpus does not dominate.
  const score = new Map<string, number>();
  for (const f of corpora) {
    const { terms, counts } = f.unigrams;
    for (let i = 0; i < terms.length; i++) score.set(terms[i], (score.get(terms[i]) ?? 0) + counts[i] / Math.max(1, f.tokens));
  }
  const words = [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SPACE.words).map((e) => e[0]);
  const wordIndex = new Map(words.map((w, i) => [w, i]));

  const charBits = corpora[0]?.docChars.bits ?? 16;
  const charScore = new Float64Array(2 ** charBits);
  for (const f of corpora) {
    const shift = f.chars.bits - f.docChars.bits;
    for (let k = 0; k < f.chars.index.length; k++) charScore[f.chars.index[k] >>> shift] += f.chars.counts[k] / Math.max(1, f.chars.total);
  }
  const ranked = Array.from(charScore.keys()).filter((b) => charScore[b] > 0);
  ranked.sort((a, b) => charScore[b] - charScore[a] || a - b);
  const charColumn = new Int32Array(charScore.length).fill(-1);
  const charCount = Math.min(SPACE.chars, ranked.length);
  for (let c = 0; c < charCount; c++) charColumn[ranked[c]] = c;

  const views = corpora.map((f) => ({
    features: f,
    words: mapWordRows(f, wordIndex),
    ...mapCharRows(f, charColumn),
    sample: evenSample(f.documents, maxDocs),
  }));
  return { words, wordIndex, charColumn, charCount, views };
}

function mapWordRows(f: CorpusFeatures, wordIndex: Map<string, number>): SparseMatrix {
  const local = Int32Array.from(f.docWords.vocab, (w) => wordIndex.get(w) ?? -1);
  return remap(f.docWords.offsets, f.docWords.index, f.docWords.counts, local);
}

function mapCharRows(f: CorpusFeatures, charColumn: Int32Array): { chars: SparseMatrix; charDocs: Uint32Array } {
  return { chars: remap(f.docChars.offsets, f.docChars.index, f.docChars.counts, charColumn), charDocs: f.docChars.docs };
}

function remap(
  offsets: Uint32Array,
  index: ArrayLike<number>,
  counts: ArrayLike<number>,
  column: Int32Array,
): SparseMatrix {
  const rows = offsets.length - 1;
  const out = new Uint32Array(rows + 1);
  let nnz = 0;
  for (let k = 0; k < index.length; k++) if (column[index[k]] >= 0) nnz++;
  const idx = new Uint32Array(nnz);
  const val = new Float32Array(nnz);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    for (let k = offsets[r]; k < offsets[r + 1]; k++) {
      const c = column[index[k]];
      if (c < 0) continue;
      idx[at] = c;
      val[at++] = counts[k];
    }
    out[r + 1] = at;
  }
  return { offsets: out, index: idx, values: val };
}
