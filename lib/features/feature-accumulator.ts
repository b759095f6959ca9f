// Streams a corpus' documents into its fingerprint. `add` reads each document's text once: markers, sentence
// and paragraph counts from the raw text (scanRawText), then the normalised text into one reused buffer from
// which words are interned to ids and char n-grams hashed and counted. The text is not kept: a document
// leaves its word ids (4 bytes a word), a few numbers and, when sampled, its char row. `finish` counts
// bigrams and trigrams over the ids, visiting documents grouped by prompt so "distinct prompts per term"
// is a last-seen check, and sorts every table with radix passes (no comparator, no string compares).

import { countCharNgrams, DOC_CHAR_BITS } from "@/lib/text/char-ngrams";
import { movingAverageTtrIds } from "@/lib/text/document-stats";
import { LanguageSampler } from "@/lib/text/detect-languages";
import { CharBuffer, foldNormalized } from "@/lib/text/fold-text";
import { scanRawText } from "@/lib/text/scan-raw-text";
import { MARKER_NAMES } from "@/lib/text/style-markers";
import { tokenizeIds } from "@/lib/text/tokenize-ids";
import type { ChineseSegmenter } from "@/lib/text/segment-unspaced";
import { WordInterner } from "@/lib/text/word-interner";
import { FEATURE_LIMITS, FEATURE_VERSION } from "@/lib/features/feature-limits";
import type { CorpusFeatures, FeatureInputDocument } from "@/lib/features/feature-types";
import { grown } from "@/lib/features/growable";
import { hashPrompt } from "@/lib/features/hash-prompt";
import { buildDocWordRows, countNgramTables } from "@/lib/features/ngram-tables";
import { writeGap } from "@/lib/features/char-row-deltas";
import { SortedMarks } from "@/lib/features/sorted-marks";

const MARKERS = MARKER_NAMES.length;

/**
 * The growing arrays, kept between corpora by a fingerprinting thread: grown once to the largest corpus'
 * size instead of regrown from small for each, they leave far less freed memory scattered in the thread's
 * allocator, which stayed resident until the thread ended.
 */
export type AccumulatorScratch = {
  ids?: Int32Array<ArrayBuffer>;
  unigramCounts?: Uint32Array<ArrayBuffer>;
  charOffsets?: Uint32Array<ArrayBuffer>;
  charIndex?: Uint16Array<ArrayBuffer>;
  charCounts?: Uint8Array<ArrayBuffer>;
  charDeltas?: Uint8Array<ArrayBuffer>;
  mattrCounts?: Uint32Array<ArrayBuffer>;
};

export class FeatureAccumulator {
  private count = 0;
  private readonly interner = new WordInterner();
  /** Every document's word ids back to back; document i holds ids[docStart[i]..docStart[i+1]). */
  private ids = new Int32Array(1 << 16);
  private readonly docStart: Uint32Array;
  private unigramCounts = new Uint32Array(1 << 14);
  private readonly ordinals: Uint32Array;
  private readonly tokens: Uint32Array;
  private readonly characters: Uint32Array;
  private readonly sentences: Uint32Array;
  private readonly paragraphs: Uint32Array;
  private readonly mattr: Float32Array;
  private readonly markers: Uint32Array;
  private readonly promptIds: (string | null)[] = [];
  private readonly promptHashes: (string | null)[] = [];
  private readonly languages = new LanguageSampler();
  private readonly openers = new Map<string, number>();
  private readonly closers = new Map<string, number>();
  /** Char n-gram counts of the whole corpus, by bucket: each document's added as it is drained. */
  private readonly charTotals = new Uint32Array(2 ** DOC_CHAR_BITS);
  private charTotal = 0;
  /** 1 for the evenly spaced documents that keep a per-document char row. */
  private readonly charSampled: Uint8Array;
  private readonly charRowDocs: number[] = [];
  private charOffsets = new Uint32Array(1024);
  private charIndex = new Uint16Array(1 << 16);
  private charCounts = new Uint8Array(1 << 16);
  /** The char rows' buckets as gaps (char-row-deltas.ts), when the rows are kept compact. */
  private charDeltas = new Uint8Array(1 << 16);
  private charDeltaBytes = 0;
  /** The current document's char n-gram counts by bucket (zero again once drained). */
  private readonly scratch = new Uint32Array(2 ** DOC_CHAR_BITS);
  private readonly touched = new SortedMarks(2 ** DOC_CHAR_BITS);
  private readonly folded = new CharBuffer();
  private readonly tokenBuf = { data: new Int32Array(4096) };
  private mattrCounts = new Uint32Array(1 << 15);

  /**
   * `documents`: how many `add` will receive (the char-row sample is spread over them). With `reuse`, the
   * growing arrays come from and go back to it, and `finish` returns views into them rather than copies:
   * the result is only valid until the next accumulator takes the same scratch (pack it first). With
   * `compactCharRows`, the char rows are written in their compact form as they are kept (the same bytes as
   * compactCharRows(finish().docChars), without the 16-bit index in between). `chinese`: the corpus'
   * segmenter for its Chinese documents (chineseSegmenterFor over all of them).
   */
  constructor(
    private readonly documents: number,
    private readonly reuse?: AccumulatorScratch,
    private readonly compactCharRows = false,
    private readonly chinese: ChineseSegmenter = "jieba",
  ) {
    const n = documents;
    if (reuse) {
      this.ids = reuse.ids ?? this.ids;
      this.unigramCounts = reuse.unigramCounts?.fill(0) ?? this.unigramCounts;
      this.charOffsets = reuse.charOffsets ?? this.charOffsets;
      this.charOffsets[0] = 0;
      this.charIndex = reuse.charIndex ?? this.charIndex;
      this.charCounts = reuse.charCounts ?? this.charCounts;
      this.charDeltas = reuse.charDeltas ?? this.charDeltas;
      this.mattrCounts = reuse.mattrCounts?.fill(0) ?? this.mattrCounts;
    }
    this.docStart = new Uint32Array(n + 1);
    this.ordinals = new Uint32Array(n);
    this.tokens = new Uint32Array(n);
    this.characters = new Uint32Array(n);
    this.sentences = new Uint32Array(n);
    this.paragraphs = new Uint32Array(n);
    this.mattr = new Float32Array(n);
    this.markers = new Uint32Array(n * MARKERS);
    this.charSampled = new Uint8Array(n);
    const sampled = Math.min(n, FEATURE_LIMITS.docCharDocuments);
    for (let k = 0; k < sampled; k++) this.charSampled[Math.floor((k * n) / sampled)] = 1;
  }

  add(doc: FeatureInputDocument): void {
    if (this.count >= this.documents) throw new Error(`FeatureAccumulator: more than the ${this.documents} documents announced.`);
    const i = this.count++;
    const raw = doc.text ?? "";
    this.ordinals[i] = doc.ordinal;
    this.promptIds.push(doc.promptId ? String(doc.promptId) : null);
    this.promptHashes.push(doc.prompt ? hashPrompt(doc.prompt) : null);
    this.characters[i] = raw.length;
    this.languages.add(raw);
    const scan = scanRawText(raw, this.markers, i * MARKERS);
    this.sentences[i] = scan.sentences;
    this.paragraphs[i] = scan.paragraphs;

    const folded = this.folded;
    foldNormalized(raw, folded);
    const n = tokenizeIds(folded.data, folded.length, this.interner, this.tokenBuf, this.chinese);
    const toks = this.tokenBuf.data;
    this.tokens[i] = n;
    this.countWords(i, toks, n);

    this.charTotal += countCharNgrams(folded.data, folded.length, this.scratch, this.touched);
    if (this.charSampled[i] === 1) this.keepCharRow(i);
    else addCharTotals(this.touched.drain(), this.scratch, this.charTotals);
  }

  private countWords(i: number, toks: Int32Array, n: number): void {
    const words = this.interner.words;
    const from = this.docStart[i];
    this.ids = grown(this.ids, from + n);
    this.ids.set(toks.subarray(0, n), from);
    this.docStart[i + 1] = from + n;
    this.unigramCounts = grown(this.unigramCounts, words.length);
    const counts = this.unigramCounts;
    for (let t = 0; t < n; t++) counts[toks[t]]++;
    if (n > 0) {
      const opener = joinWords(words, toks, 0, Math.min(n, FEATURE_LIMITS.openerWords));
      this.openers.set(opener, (this.openers.get(opener) ?? 0) + 1);
      const closer = joinWords(words, toks, Math.max(0, n - FEATURE_LIMITS.closerWords), n);
      this.closers.set(closer, (this.closers.get(closer) ?? 0) + 1);
    }
    if (this.mattrCounts.length < words.length) this.mattrCounts = new Uint32Array(words.length * 2);
    this.mattr[i] = movingAverageTtrIds(toks, n, this.mattrCounts);
  }

  /** Moves the document's char buckets from the scratch counts to the sampled rows. */
  private keepCharRow(i: number): void {
    const index = this.touched.drain();
    const row = this.charRowDocs.length;
    const from = row === 0 ? 0 : this.charOffsets[row];
    this.charCounts = grown(this.charCounts, from + index.length);
    this.charOffsets = grown(this.charOffsets, row + 2);
    if (this.compactCharRows) this.keepCompactRow(index, from);
    else this.keepIndexedRow(index, from);
    this.charRowDocs.push(i);
    this.charOffsets[row + 1] = from + index.length;
  }

  private keepIndexedRow(index: Uint32Array, from: number): void {
    this.charIndex = grown(this.charIndex, from + index.length);
    const { scratch, charIndex, charCounts, charTotals } = this;
    for (let k = 0; k < index.length; k++) {
      const b = index[k];
      charIndex[from + k] = b;
      charCounts[from + k] = Math.min(255, scratch[b]);
      charTotals[b] += scratch[b];
      scratch[b] = 0;
    }
  }

  /** keepIndexedRow with each bucket written as its gap from the previous one (char-row-deltas.ts). */
  private keepCompactRow(index: Uint32Array, from: number): void {
    this.charDeltas = grown(this.charDeltas, this.charDeltaBytes + 3 * index.length);
    const { scratch, charDeltas, charCounts, charTotals } = this;
    let at = this.charDeltaBytes;
    let prev = -1;
    for (let k = 0; k < index.length; k++) {
      const b = index[k];
      at = writeGap(charDeltas, at, prev, b);
      prev = b;
      charCounts[from + k] = Math.min(255, scratch[b]);
      charTotals[b] += scratch[b];
      scratch[b] = 0;
    }
    this.charDeltaBytes = at;
  }

  finish(): CorpusFeatures {
    const n = this.count;
    if (n !== this.documents) throw new Error(`FeatureAccumulator: ${n} documents added, ${this.documents} announced.`);
    const words = this.interner.words;
    const unigramCounts = this.unigramCounts.subarray(0, words.length);
    const ids = this.ids;
    const docStart = this.docStart;
    const tables = countNgramTables({ words, unigramCounts, ids, docStart, groupOrder: this.groupOrder() });
    const docWords = buildDocWordRows(tables.topWords, words.length, ids, docStart);

    const rows = this.charRowDocs.length;
    const charNnz = rows === 0 ? 0 : this.charOffsets[rows];
    const reuse = this.reuse;
    if (reuse) {
      const { charOffsets, charIndex, charCounts, charDeltas, mattrCounts } = this;
      Object.assign(reuse, { ids, unigramCounts: this.unigramCounts, charOffsets, charIndex, charCounts, charDeltas, mattrCounts });
    }
    const take = <T extends Uint8Array | Uint16Array | Uint32Array>(a: T, n: number): T => (reuse ? (a.subarray(0, n) as T) : (a.slice(0, n) as T));
    let totalTokens = 0;
    let totalChars = 0;
    for (let i = 0; i < n; i++) {
      totalTokens += this.tokens[i];
      totalChars += this.characters[i];
    }
    return {
      version: FEATURE_VERSION,
      documents: n,
      tokens: totalTokens,
      characters: totalChars,
      types: words.length,
      unigrams: tables.unigrams,
      bigrams: tables.bigrams,
      trigrams: tables.trigrams,
      chars: this.corpusChars(),
      docs: {
        ordinals: this.ordinals,
        tokens: this.tokens,
        characters: this.characters,
        sentences: this.sentences,
        paragraphs: this.paragraphs,
        mattr: this.mattr,
        promptIds: this.promptIds,
        promptHashes: this.promptHashes,
        markers: this.markers,
      },
      markerNames: [...MARKER_NAMES],
      docWords: { vocab: Array.from(tables.topWords, (id) => words[id]), ...docWords },
      docChars: {
        bits: DOC_CHAR_BITS,
        docs: Uint32Array.from(this.charRowDocs),
        offsets: take(this.charOffsets, rows + 1),
        index: this.compactCharRows ? new Uint16Array(0) : take(this.charIndex, charNnz),
        counts: take(this.charCounts, charNnz),
        ...(this.compactCharRows ? { deltas: take(this.charDeltas, this.charDeltaBytes) } : {}),
      },
      languages: this.languages.result(),
      chineseSegmenter: this.chinese,
      openers: topTerms(this.openers),
      closers: topTerms(this.closers),
    };
  }

  /** Documents in prompt order (prompt id, else prompt-text hash, else the document alone), ties by index. */
  private groupOrder(): { order: Uint32Array; groupStarts: Uint8Array } {
    const n = this.count;
    const keys = Array.from({ length: n }, (_, i) => this.promptIds[i] ?? this.promptHashes[i] ?? `#doc${i}`);
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    const groupStarts = new Uint8Array(n);
    for (let k = 0; k < n; k++) groupStarts[k] = k === 0 || keys[order[k]] !== keys[order[k - 1]] ? 1 : 0;
    return { order, groupStarts };
  }

  /** Corpus-level char buckets, sparse: the non-zero buckets ascending with their counts. */
  private corpusChars(): CorpusFeatures["chars"] {
    const totals = this.charTotals;
    const nonzero = countNonzero(totals);
    const index = new Uint32Array(nonzero);
    const counts = new Uint32Array(nonzero);
    fillNonzero(totals, index, counts);
    return { bits: DOC_CHAR_BITS, index, counts, total: this.charTotal };
  }
}

/** A document's drained buckets into the corpus' counts (a document without a char row). */
function addCharTotals(index: Uint32Array, scratch: Uint32Array, totals: Uint32Array): void {
  for (let k = 0; k < index.length; k++) {
    const b = index[k];
    totals[b] += scratch[b];
    scratch[b] = 0;
  }
}

// corpusChars' two loops over the buckets, each a function ending with its loop: V8 compiled a loop on its
// first long run, before the code after it had run, and reaching that code threw the compiled code away,
// for every corpus.

function countNonzero(totals: Uint32Array): number {
  let nonzero = 0;
  for (let b = 0; b < totals.length; b++) if (totals[b] !== 0) nonzero++;
  return nonzero;
}

function fillNonzero(totals: Uint32Array, index: Uint32Array, counts: Uint32Array): void {
  for (let b = 0, k = 0; b < totals.length; b++) {
    if (totals[b] === 0) continue;
    index[k] = b;
    counts[k++] = totals[b];
  }
}

function joinWords(words: string[], ids: Int32Array, from: number, to: number): string {
  let s = words[ids[from]];
  for (let k = from + 1; k < to; k++) s += " " + words[ids[k]];
  return s;
}

function topTerms(map: Map<string, number>): { terms: string[]; counts: Uint32Array } {
  const entries = [...map].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { terms: entries.map((e) => e[0]), counts: Uint32Array.from(entries, (e) => e[1]) };
}
