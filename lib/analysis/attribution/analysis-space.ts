// Maps every corpus' stored rows into shared column spaces: the analysis' top words and top char buckets.

import type { CorpusFeatures } from "@/lib/features/feature-types";
import { SPACE } from "@/lib/analysis/params";
import { kthSmallest } from "@/lib/analysis/math/kth-smallest";
import { CharRowArena } from "@/lib/analysis/attribution/char-row-arena";
import { releaseBuffers } from "@/lib/threads/release-buffers";
import { encodedTermsOf, valuesForWalk, type EncodedTerms } from "@/lib/features/term-list-bytes";
import { EncodedTermInterner } from "@/lib/features/encoded-term-interner";

/** Columns and counts fit 16 bits (SPACE.words and SPACE.chars are below 2^16; counts are capped at 65535). */
export type SparseMatrix = { offsets: Uint32Array; index: Uint16Array; values: Uint16Array };

/**
 * A corpus' stored char rows (docChars) kept to the space's columns: entry k of row r is column `index[k]`
 * with count `counts[k]`, in the stored (bucket) order. Over half the stored entries fall outside the space;
 * readers pass over these rows several times, so they are filtered once.
 */
export type CharRows = { offsets: Uint32Array; index: Uint16Array; counts: Uint8Array };

export type CorpusView = {
  features: CorpusFeatures;
  /** rows over the shared word space, one per document (empty outside `sample` and `charDocs`) */
  words: SparseMatrix;
  /** rows over the shared char space, one per sampled document; `charDocs[r]` = document index */
  chars: CharRows;
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
  /** Resolves once the rows dropped with `releaseRows` are freed. */
  released: Promise<void>;
  /** View `view`'s word and char rows will not be read again: their memory goes (the char rows' with the last view sharing their buffer). */
  releaseViewRows(view: number): Promise<void>;
};

/** Evenly spaced document indices, at most `max` (all when max is null or larger than n). */
export function evenSample(n: number, max: number | null): Uint32Array {
  if (max === null || n <= max) return Uint32Array.from({ length: n }, (_, i) => i);
  return Uint32Array.from({ length: max }, (_, k) => Math.floor((k * n) / max));
}

/** The `k` largest scores' cut-off: entries above it all make the top k. */
function kthLargest(scores: Float64Array, k: number): number {
  if (scores.length <= k) return -Infinity;
  return kthSmallest(scores, scores.length - k);
}

/**
 * `releaseRows`: the caller has no further use for the corpora's per-document rows (docWords, docChars)
 * and corpus-level char buckets (chars), which nothing but this function reads: each corpus' are dropped
 * from its features once mapped (they are the fingerprint's largest part).
 */
export function buildAnalysisSpace(corpora: CorpusFeatures[], maxDocs: number | null, releaseRows = false, words = rankSpaceWords(corpora)): AnalysisSpace {
  if (SPACE.words > 65536 || SPACE.chars > 65536) throw new Error("SparseMatrix columns are 16-bit: SPACE.words and SPACE.chars must stay below 2^16.");
  const wordIndex = new Map(words.map((w, i) => [w, i]));

  const charBits = corpora[0]?.docChars.bits ?? 16;
  const charScore = new Float64Array(2 ** charBits);
  for (const f of corpora) {
    const shift = f.chars.bits - f.docChars.bits;
    const total = Math.max(1, f.chars.total);
    const { index, counts } = f.chars;
    for (let k = 0; k < index.length; k++) charScore[index[k] >>> shift] += counts[k] / total;
  }
  const charCut = Math.max(Number.MIN_VALUE, kthLargest(charScore, SPACE.chars));
  const ranked: number[] = [];
  for (let b = 0; b < charScore.length; b++) if (charScore[b] >= charCut) ranked.push(b);
  ranked.sort((a, b) => charScore[b] - charScore[a] || a - b);
  const charColumn = new Int32Array(charScore.length).fill(-1);
  const charCount = Math.min(SPACE.chars, ranked.length);
  for (let c = 0; c < charCount; c++) charColumn[ranked[c]] = c;

  const releases: Promise<void>[] = [];
  const arena = new CharRowArena();
  const views = corpora.map((f, vi) => {
    const sample = evenSample(f.documents, maxDocs);
    // Word rows only for the documents anything reads (the sample and the char rows' documents): at
    // 10^4 documents per corpus, mapping every row cost memory and time for nothing.
    const needed = new Uint8Array(f.documents);
    for (const d of sample) needed[d] = 1;
    for (const d of f.docChars.docs) needed[d] = 1;
    const view = { features: f, words: mapWordRows(f, wordIndex, needed), chars: mapCharRows(f, charColumn, arena, vi), charDocs: f.docChars.docs.slice(), sample };
    if (releaseRows) releases.push(releaseDocumentRows(f));
    return view;
  });
  const releaseViewRows = (vi: number) => {
    const w = views[vi].words;
    return Promise.all([releaseBuffers([w.index.buffer, w.values.buffer]), arena.release(vi)]).then(() => undefined);
  };
  return { words, wordIndex, charColumn, charCount, views, released: Promise.all(releases).then(() => undefined), releaseViewRows };
}

/** The space's words: ranked by mean relative frequency across corpora, so a big corpus does not dominate. */
export function rankSpaceWords(corpora: CorpusFeatures[]): string[] {
  const { sums, nameOf } = wordSums(corpora);
  // Only entries at or above the cut-off are sorted (by score, then alphabetically).
  const wordScore = Float64Array.from(sums);
  const wordCut = kthLargest(wordScore, SPACE.words);
  const topWords = sums.map((_, j) => j).filter((j) => wordScore[j] >= wordCut);
  const names = new Map(topWords.map((j) => [j, nameOf(j)]));
  return topWords
    .sort((a, b) => wordScore[b] - wordScore[a] || (names.get(a)! < names.get(b)! ? -1 : 1))
    .slice(0, SPACE.words)
    .map((j) => names.get(j)!);
}

/**
 * Each distinct word's summed relative frequency over the corpora, in order of first appearance, and its
 * name. Stored fingerprints' word lists are matched as bytes (EncodedTermInterner), so only the words that
 * are named become strings.
 */
function wordSums(corpora: CorpusFeatures[]): { sums: number[]; nameOf: (word: number) => string } {
  const sums: number[] = [];
  const encoded = corpora.map((f) => encodedTermsOf(f.unigrams));
  if (encoded.every((e) => e !== null)) {
    const interner = new EncodedTermInterner();
    const origin: [EncodedTerms, number][] = [];
    corpora.forEach((f, c) => {
      const list = encoded[c]!;
      const tokens = Math.max(1, f.tokens);
      const counts = f.unigrams.counts;
      for (let i = 0; i < list.count; i++) {
        const j = interner.intern(list, i);
        if (j === sums.length) {
          sums.push(0);
          origin.push([list, i]);
        }
        sums[j] += counts[i] / tokens;
      }
    });
    return { sums, nameOf: (j) => origin[j][0].termAt(origin[j][1]) };
  }
  const slot = new Map<string, number>();
  const names: string[] = [];
  for (const f of corpora) {
    const { terms, counts } = f.unigrams;
    const tokens = Math.max(1, f.tokens);
    for (let i = 0; i < terms.length; i++) {
      let j = slot.get(terms[i]);
      if (j === undefined) {
        j = names.length;
        slot.set(terms[i], j);
        names.push(terms[i]);
        sums.push(0);
      }
      sums[j] += counts[i] / tokens;
    }
  }
  return { sums, nameOf: (j) => names[j] };
}

function mapWordRows(f: CorpusFeatures, wordIndex: Map<string, number>, needed: Uint8Array): SparseMatrix {
  const local = Int32Array.from(f.docWords.vocab, (w) => wordIndex.get(w) ?? -1);
  const { offsets, index, counts } = f.docWords;
  let keep = 0;
  for (let r = 0; r + 1 < offsets.length; r++) if (needed[r]) keep += countKept(index.subarray(offsets[r], offsets[r + 1]), local);
  const out = { offsets: new Uint32Array(offsets.length), index: new Uint16Array(keep + 1), values: new Uint16Array(keep + 1) };
  let at = 0;
  for (let r = 0; r + 1 < offsets.length; r++) {
    const end = needed[r] ? offsets[r + 1] : offsets[r];
    for (let k = offsets[r]; k < end; k++) {
      const c = local[index[k]];
      out.index[at] = c;
      out.values[at] = counts[k];
      at += (c >>> 31) ^ 1; // branch-free filter: about half the entries are dropped, unpredictably
    }
    out.offsets[r + 1] = at;
  }
  return { offsets: out.offsets, index: out.index.subarray(0, keep), values: out.values.subarray(0, keep) };
}

/**
 * The stored char rows filtered to the space's columns, in one pass: the output has room for every stored
 * entry and only what is kept is written (char-row-arena.ts: the unwritten room is address space, not memory).
 */
function mapCharRows(f: CorpusFeatures, charColumn: Int32Array, arena: CharRowArena, vi: number): CharRows {
  if (f.docChars.deltas) return mapCompactCharRows(f, charColumn, arena, vi);
  const { offsets, index, counts } = f.docChars;
  const room = arena.take(vi, index.length);
  const { index: outIndex, counts: outCounts } = room;
  const outOffsets = new Uint32Array(offsets.length);
  const rows = offsets.length - 1;
  let at = 0;
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const end = offsets[r + 1];
    for (; k < end; k++) {
      const c = charColumn[index[k]];
      outIndex[at] = c;
      outCounts[at] = counts[k];
      at += (c >>> 31) ^ 1; // branch-free filter, as in mapWordRows
    }
    outOffsets[r + 1] = at;
  }
  return { offsets: outOffsets, ...room.commit(at) };
}

/** mapCharRows over rows in their compact form (char-row-deltas.ts), decoded on the way. */
function mapCompactCharRows(f: CorpusFeatures, charColumn: Int32Array, arena: CharRowArena, vi: number): CharRows {
  const { offsets, counts } = f.docChars;
  const deltas = f.docChars.deltas!;
  const room = arena.take(vi, counts.length);
  const { index: outIndex, counts: outCounts } = room;
  const outOffsets = new Uint32Array(offsets.length);
  const rows = offsets.length - 1;
  let at = 0;
  let k = 0;
  let p = 0;
  for (let r = 0; r < rows; r++) {
    const end = offsets[r + 1];
    let b = -1;
    for (; k < end; k++) {
      const d = deltas[p++];
      if (d === 0) {
        b = deltas[p] | (deltas[p + 1] << 8);
        p += 2;
      } else b += d;
      const c = charColumn[b];
      outIndex[at] = c;
      outCounts[at] = counts[k];
      at += (c >>> 31) ^ 1;
    }
    outOffsets[r + 1] = at;
  }
  return { offsets: outOffsets, ...room.commit(at) };
}

/**
 * Empties a corpus' per-document word and char rows and its char buckets, and frees the memory that held
 * only them (a fingerprint from a thread keeps them in a buffer of their own; one read from storage shares
 * one buffer with every other part, which then stays). Nothing may keep a view into them: `charDocs` is a
 * copy.
 */
function releaseDocumentRows(f: CorpusFeatures): Promise<void> {
  const { docWords, docChars, chars, ...rest } = f;
  const rows = new Set(typedArraysOf({ docWords, docChars, chars }).map((a) => a.buffer));
  for (const a of typedArraysOf(rest)) rows.delete(a.buffer);
  const none = { offsets: new Uint32Array(1), index: new Uint16Array(0) };
  f.docWords = { vocab: [], ...none, counts: new Uint16Array(0) };
  f.docChars = { bits: f.docChars.bits, docs: new Uint32Array(0), ...none, counts: new Uint8Array(0) }; // deltas dropped too
  f.chars = { bits: f.chars.bits, index: new Uint32Array(0), counts: new Uint32Array(0), total: f.chars.total };
  return releaseBuffers(rows);
}

function typedArraysOf(value: unknown, out: ArrayBufferView[] = []): ArrayBufferView[] {
  if (ArrayBuffer.isView(value)) out.push(value);
  else if (value !== null && typeof value === "object") for (const v of valuesForWalk(value)) typedArraysOf(v, out);
  return out;
}

/** Entries whose column is kept (>= 0). */
function countKept(index: Uint16Array, column: Int32Array): number {
  let n = 0;
  for (let k = 0; k < index.length; k++) n += (column[index[k]] >>> 31) ^ 1;
  return n;
}
