// The stored fingerprint of one corpus: everything analysis needs except the raw text (KWIC snippets).

import type { LanguageShare } from "@/lib/text/detect-languages";
import type { ChineseSegmenter } from "@/lib/text/segment-unspaced";

export type FeatureInputDocument = {
  ordinal: number;
  text: string;
  prompt?: string | null;
  promptId?: string | null;
};

/** Corpus-level n-gram counts with, per term, the number of distinct prompts it occurs in. */
export type NgramTable = { terms: string[]; counts: Uint32Array; prompts: Uint32Array };

/** Sparse rows (CSR): row r holds index[offsets[r]..offsets[r+1]) with matching counts. */
export type SparseRows<I extends Uint16Array | Uint32Array, C extends Uint8Array | Uint16Array | Uint32Array> = {
  offsets: Uint32Array;
  index: I;
  counts: C;
};

export type CorpusFeatures = {
  version: number;
  documents: number;
  tokens: number;
  characters: number;
  /** Distinct word types, including those dropped from `unigrams`. */
  types: number;
  /** Words with count >= 2 (hapaxes dropped; their mass is tokens - sum(counts)). */
  unigrams: NgramTable;
  /** Bigrams and trigrams with count >= 2. */
  bigrams: NgramTable;
  trigrams: NgramTable;
  /** Hashed char 3–5-grams over all documents, sparse over 2^bits buckets. */
  chars: { bits: number; index: Uint32Array; counts: Uint32Array; total: number };
  docs: {
    ordinals: Uint32Array;
    tokens: Uint32Array;
    characters: Uint32Array;
    sentences: Uint32Array;
    paragraphs: Uint32Array;
    mattr: Float32Array;
    promptIds: (string | null)[];
    /** Hash of the normalised prompt text (null without a prompt). */
    promptHashes: (string | null)[];
    /**
     * answerHash of each document's text (copied-answers.ts; null for short answers), set by the loaders,
     * which hash the texts on their own thread while a worker thread fingerprints them. Fingerprints stored
     * before it lack it: the analysis then hashes the texts it reads for snippets.
     */
    answerHashes?: (string | null)[];
    /** documents x markerNames.length, row-major. */
    markers: Uint32Array;
  };
  markerNames: string[];
  /** Per-document counts of the corpus' top words (`vocab`), one row per document. */
  docWords: { vocab: string[] } & SparseRows<Uint16Array, Uint16Array>;
  /**
   * Per-document hashed char n-grams in 2^bits buckets for the rows listed in `docs` (a capped sample).
   * With `deltas` (char-row-deltas.ts: the form analysed files and stored fingerprints take; fingerprints
   * stored before it lack it) `index` is empty and the buckets are gap-coded there; charRowBuckets reads either.
   */
  docChars: { bits: number; docs: Uint32Array; deltas?: Uint8Array } & SparseRows<Uint16Array, Uint8Array>;
  /** Main languages of the documents (ISO 639-3 codes, share of an even sample of documents). */
  languages: LanguageShare[];
  /** The segmenter its Chinese documents got (chineseSegmenterFor); fingerprints stored before it used jieba. */
  chineseSegmenter?: ChineseSegmenter;
  /** First and last words of responses ("certainly here's a", "i hope this helps"). */
  openers: { terms: string[]; counts: Uint32Array };
  closers: { terms: string[]; counts: Uint32Array };
};
