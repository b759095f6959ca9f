// Corpus profiles from additive document sums. The bootstrap resamples blocks of documents: each corpus'
// sampled documents are dealt round-robin into up to BLOCKS blocks (interleaved, so no block is one topic),
// and a replicate sums blocks drawn with replacement. Block sums have the same expected variance as
// per-document resampling, at a fraction of the cost.

import type { AnalysisSpace, CharRows, CorpusView, SparseMatrix } from "@/lib/analysis/attribution/analysis-space";

export const BLOCKS = 50;

export type Sums = {
  /** counts (exact in float32), in one SharedArrayBuffer per corpus so a worker thread reads them uncopied */
  words: Float32Array;
  chars: Float32Array;
  markers: Float64Array;
  tokens: number;
  sentences: number;
  paragraphs: number;
  mattr: number;
  logLength: number;
  docs: number;
};

export type Profile = {
  words: Float64Array; // counts over the shared word space
  tokens: number;
  chars: Float64Array; // counts over the shared char space
  style: Float64Array; // marker rates per 1000 words, then document statistics
};

export const STYLE_STATS = ["log_words_per_doc", "words_per_sentence", "paragraphs_per_doc", "mattr"] as const;

/** `count` empty block sums whose word and char counts share one SharedArrayBuffer. */
function emptySums(space: AnalysisSpace, markers: number, count: number): Sums[] {
  const W = space.words.length;
  const C = space.charCount;
  const memory = new Float32Array(new SharedArrayBuffer(4 * count * (W + C)));
  return Array.from({ length: count }, (_, b) => ({
    words: memory.subarray(b * (W + C), b * (W + C) + W),
    chars: memory.subarray(b * (W + C) + W, (b + 1) * (W + C)),
    markers: new Float64Array(markers),
    tokens: 0,
    sentences: 0,
    paragraphs: 0,
    mattr: 0,
    logLength: 0,
    docs: 0,
  }));
}

function addRow(m: SparseMatrix, r: number, into: Float32Array): void {
  for (let j = m.offsets[r]; j < m.offsets[r + 1]; j++) into[m.index[j]] += m.values[j];
}

function addCharRow(m: CharRows, r: number, into: Float32Array): void {
  const { index, counts } = m;
  for (let j = m.offsets[r]; j < m.offsets[r + 1]; j++) into[index[j]] += counts[j];
}

export type FoldedBlocks = { blocks: Sums[]; fold: Int32Array /* fold of each block */; blockOf: Int32Array /* per document, -1 if unsampled */ };

/** Block sums for one corpus over its sampled documents (and all its char rows). */
export function blockSums(space: AnalysisSpace, view: CorpusView): Sums[] {
  return foldedBlockSums(space, view, null, 1).blocks;
}

/**
 * Block sums that never mix folds: the sampled documents of fold f are dealt round-robin into about
 * blockCount/folds blocks of their own, so "all blocks outside fold f" is the corpus without fold f's prompts.
 * Char rows go to their document's block (rows of unsampled documents are left out).
 */
export function foldedBlockSums(space: AnalysisSpace, view: CorpusView, foldOfDoc: Int32Array | null, folds: number, blockCount = BLOCKS): FoldedBlocks {
  const f = view.features;
  const m = f.markerNames.length;
  // Typed arrays, not number[]: V8 threw the compiled loops below away on a "wrong map" at these arrays from
  // one corpus to the next (a plain array's map follows its element kind); a typed array's map never changes.
  const inFold = new Int32Array(folds);
  for (const d of view.sample) inFold[foldOfDoc ? foldOfDoc[d] : 0]++;
  const perFold = inFold.map((n) => Math.min(n, Math.max(1, Math.round(blockCount / folds))));
  const first = new Int32Array(folds);
  let count = 0;
  for (let k = 0; k < folds; k++) {
    first[k] = count;
    count += perFold[k];
  }
  if (count === 0) {
    count = 1;
    perFold[0] = 1;
  }
  const blocks = emptySums(space, m, count);
  const fold = new Int32Array(count);
  for (let k = 0; k < folds; k++) for (let b = 0; b < perFold[k]; b++) fold[first[k] + b] = k;
  const blockOf = new Int32Array(f.documents).fill(-1);
  dealSample(view, foldOfDoc, first, perFold, blocks, blockOf);
  addCharRows(view, blockOf, blocks);
  return { blocks, fold, blockOf };
}

// The two loops are functions of their own, each ending with its loop: V8 compiled a loop on its long first
// run (on-stack replacement) before the code after it had run, and reaching that code threw the compiled
// function away, for each corpus.

/** Deals the view's sampled documents round-robin into their fold's blocks; blockOf[d] = the block of d. */
function dealSample(view: CorpusView, foldOfDoc: Int32Array | null, first: Int32Array, perFold: Int32Array, blocks: Sums[], blockOf: Int32Array): void {
  const f = view.features;
  const m = f.markerNames.length;
  const dealt = new Int32Array(perFold.length);
  for (const d of view.sample) {
    const k = foldOfDoc ? foldOfDoc[d] : 0;
    const bi = first[k] + (dealt[k]++ % perFold[k]);
    blockOf[d] = bi;
    const b = blocks[bi];
    addRow(view.words, d, b.words);
    b.tokens += f.docs.tokens[d];
    b.sentences += f.docs.sentences[d];
    b.paragraphs += f.docs.paragraphs[d];
    b.mattr += f.docs.mattr[d];
    b.logLength += Math.log1p(f.docs.tokens[d]);
    b.docs++;
    for (let j = 0; j < m; j++) b.markers[j] += f.docs.markers[d * m + j];
  }
}

/** Adds each char row to its document's block (rows of unsampled documents are left out). */
function addCharRows(view: CorpusView, blockOf: Int32Array, blocks: Sums[]): void {
  for (let r = 0; r < view.charDocs.length; r++) {
    const bi = blockOf[view.charDocs[r]];
    if (bi >= 0) addCharRow(view.chars, r, blocks[bi].chars);
  }
}

export type SampleSize = { documents: number; words: number };

/** Documents and words in the blocks at `ids` (all blocks when omitted). */
export function sampleSize(blocks: Sums[], ids: ArrayLike<number> = Array.from(blocks.keys())): SampleSize {
  let documents = 0;
  let words = 0;
  for (let k = 0; k < ids.length; k++) {
    documents += blocks[ids[k]].docs;
    words += blocks[ids[k]].tokens;
  }
  return { documents, words };
}

/** How many times each of `n` blocks is drawn in `picks`. */
export function pickWeights(n: number, picks: ArrayLike<number>): Float64Array {
  const w = new Float64Array(n);
  for (let k = 0; k < picks.length; k++) w[picks[k]]++;
  return w;
}

/** Profile of the blocks at `picks` (indices into blocks, repeats allowed); all blocks when picks is null. */
export function profileOf(blocks: Sums[], picks: ArrayLike<number> | null): Profile {
  const w = picks === null ? new Float64Array(blocks.length).fill(1) : pickWeights(blocks.length, picks);
  return weightedProfile(blocks, w);
}

/**
 * Profile of Σ w_b · block_b (blocks with weight 0 are skipped: a third of them in a bootstrap draw).
 * `reuse` (a profile of the same blocks that is no longer needed) is overwritten instead of allocating:
 * the bootstrap builds thousands of profiles, and fresh typed arrays cost more than filling them.
 * `wordsOnly` leaves the char counts empty (calibration trials of a question that reads words only).
 */
export function weightedProfile(blocks: Sums[], w: ArrayLike<number>, reuse?: Profile, wordsOnly = false): Profile {
  const first = blocks[0];
  const s = {
    words: reuse ? reuse.words.fill(0) : new Float64Array(first.words.length),
    chars: reuse ? reuse.chars.fill(0) : new Float64Array(wordsOnly ? 0 : first.chars.length),
    markers: new Float64Array(first.markers.length),
    tokens: 0,
    sentences: 0,
    paragraphs: 0,
    mattr: 0,
    logLength: 0,
    docs: 0,
  };
  const picked: number[] = [];
  for (let k = 0; k < blocks.length; k++) if (w[k] !== 0) picked.push(k);
  addWeighted(s.words, blocks, picked, w, false);
  if (s.chars.length > 0) addWeighted(s.chars, blocks, picked, w, true);
  for (const k of picked) {
    const c = w[k];
    const b = blocks[k];
    for (let j = 0; j < b.markers.length; j++) s.markers[j] += c * b.markers[j];
    s.tokens += c * b.tokens;
    s.sentences += c * b.sentences;
    s.paragraphs += c * b.paragraphs;
    s.mattr += c * b.mattr;
    s.logLength += c * b.logLength;
    s.docs += c * b.docs;
  }
  const m = s.markers.length;
  const style = reuse ? reuse.style : new Float64Array(m + STYLE_STATS.length);
  for (let j = 0; j < m; j++) style[j] = (1000 * s.markers[j]) / Math.max(1, s.tokens);
  const docs = Math.max(1, s.docs);
  style[m] = s.logLength / docs;
  style[m + 1] = s.tokens / Math.max(1, s.sentences);
  style[m + 2] = s.paragraphs / docs;
  style[m + 3] = s.mattr / docs;
  return { words: s.words, tokens: s.tokens, chars: s.chars, style };
}

/**
 * into[j] += Σ w[k] · blocks[k][part][j] over the picked blocks, added in their order. Four blocks per pass
 * over `into`, summed in a register: each element sees the same additions in the same order as one pass
 * per block (so the same bits), with a quarter of the loads and stores of `into`. The bootstrap and the
 * calibration trials build thousands of profiles, and this loop was most of their time. (Each part is read
 * by its own property load: a load by a name argument compiled for one name, thrown away at the other.)
 */
function addWeighted(into: Float64Array, blocks: Sums[], picked: number[], w: ArrayLike<number>, chars: boolean): void {
  const n = into.length;
  let p = 0;
  for (; p + 4 <= picked.length; p += 4) {
    const b0 = partOf(blocks[picked[p]], chars);
    const b1 = partOf(blocks[picked[p + 1]], chars);
    const b2 = partOf(blocks[picked[p + 2]], chars);
    const b3 = partOf(blocks[picked[p + 3]], chars);
    const c0 = w[picked[p]];
    const c1 = w[picked[p + 1]];
    const c2 = w[picked[p + 2]];
    const c3 = w[picked[p + 3]];
    for (let j = 0; j < n; j++) {
      let acc = into[j];
      acc += c0 * b0[j];
      acc += c1 * b1[j];
      acc += c2 * b2[j];
      acc += c3 * b3[j];
      into[j] = acc;
    }
  }
  for (; p < picked.length; p++) {
    const b = partOf(blocks[picked[p]], chars);
    const c = w[picked[p]];
    for (let j = 0; j < n; j++) into[j] += c * b[j];
  }
}

const partOf = (b: Sums, chars: boolean): Float32Array => (chars ? b.chars : b.words);
