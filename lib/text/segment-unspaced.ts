// Words in scripts written without spaces (Han, Hiragana/Katakana, Thai, Lao, Khmer, Myanmar). A run of such
// letters is one "word" to a letter-run tokeniser, so it is split here by a real segmenter:
// - Chinese (a run of Han in a document without kana whose unspaced letters are at least a third of its
//   spaced ones): jieba (@node-rs/jieba, its own dictionary, HMM for unknown words). Measured against ICU on
//   Chinese: ~10x faster, and it keeps 人工智能, 计算机科学, 深度求索 whole where ICU splits them
//   (docs/methods.md);
// - a few Han characters inside spaced text (an English answer quoting 你好): Intl.Segmenter("zh"), so one
//   quoted character does not load jieba's dictionary (~1 s and ~50 MB) into an English job;
// - Japanese (any run in a document with kana), Thai, Lao, Khmer, Myanmar: Intl.Segmenter (ICU's
//   dictionaries, built into Node).
// Spaced scripts never come here: their letters are classified once in a table and keep the fast path.

import { createRequire } from "node:module";

// Code point classes: 1 = a letter, mark or digit of an unspaced script, 0 = not (255 = not yet seen).
const BMP = new Uint8Array(65536).fill(255);
const ASTRAL = new Map<number, boolean>();
const UNSPACED =
  /^(?=[\p{L}\p{M}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;

export function isUnspacedCodePoint(cp: number): boolean {
  if (cp < 0x0e00) return false;
  if (cp <= 0xffff) return bmpUnspaced(cp);
  let yes = ASTRAL.get(cp);
  if (yes === undefined) {
    yes = UNSPACED.test(String.fromCodePoint(cp));
    ASTRAL.set(cp, yes);
  }
  return yes;
}

function bmpUnspaced(cp: number): boolean {
  let c = BMP[cp];
  if (c === 255) {
    c = cp >= 0xd800 && cp <= 0xdfff ? 0 : UNSPACED.test(String.fromCharCode(cp)) ? 1 : 0;
    BMP[cp] = c;
  }
  return c === 1;
}

/** Code units taken by an unspaced-script character at buf[i] (1 or 2), 0 when there is none. */
export function unspacedCharAt(buf: Uint16Array | string, i: number, len: number): number {
  const code = typeof buf === "string" ? buf.charCodeAt(i) : buf[i];
  if (code < 0x0e00) return 0;
  if (code < 0xd800 || code > 0xdbff) return code >= 0xdc00 && code <= 0xdfff ? 0 : bmpUnspaced(code) ? 1 : 0;
  if (i + 1 >= len) return 0;
  const low = typeof buf === "string" ? buf.charCodeAt(i + 1) : buf[i + 1];
  if (low < 0xdc00 || low > 0xdfff) return 0;
  return isUnspacedCodePoint((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) ? 2 : 0;
}

const isKana = (c: number) => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff);

/** How a document's Han runs are segmented (decided once per document, on its first unspaced run). */
export type UnspacedContext = "japanese" | "chinese" | "embedded";

/** Letters of spaced scripts, either case: Latin (ASCII, Latin-1 to Extended-B, fullwidth), Greek, Cyrillic. */
const isSpacedLetter = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 0xc0 && c <= 0x4ff && c !== 0xd7 && c !== 0xf7) ||
  (c >= 0xff21 && c <= 0xff3a) ||
  (c >= 0xff41 && c <= 0xff5a);

/**
 * Any kana: Japanese. Else unspaced characters x 3 >= spaced letters: Chinese (a Chinese word is 1-3
 * characters, an English one ~5 letters, so this is about "as many Chinese words as others"). Else the
 * unspaced characters are embedded in spaced text. Case and NFKC do not move the decision, so the raw text
 * (snippets, word counts at ingest) and the normalised one (fingerprints) agree.
 */
export function unspacedContext(buf: Uint16Array | string, len: number): UnspacedContext {
  let unspaced = 0;
  let spaced = 0;
  for (let i = 0; i < len; i++) {
    const c = typeof buf === "string" ? buf.charCodeAt(i) : buf[i];
    if (c < 0x0e00) {
      if (isSpacedLetter(c)) spaced++;
      continue;
    }
    if (isKana(c)) return "japanese";
    if (isSpacedLetter(c)) spaced++;
    else if (unspacedCharAt(buf, i, len) !== 0) unspaced++;
  }
  return unspaced * 3 >= spaced ? "chinese" : "embedded";
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Whether the text is a Chinese document whose Han runs go to jieba (BMP Han in a "chinese" context). */
export function needsJieba(text: string): boolean {
  return HAN.test(text) && unspacedContext(text, text.length) === "chinese";
}

/** Which segmenter a corpus' Chinese documents get (chineseSegmenterFor). */
export type ChineseSegmenter = "jieba" | "icu";
export const JIEBA_CORPUS_SHARE = 0.01;

/**
 * The segmenter of a corpus' Chinese documents, chosen once per corpus (as stylo sets one language per
 * corpus): jieba when they are at least JIEBA_CORPUS_SHARE of its documents; ICU, as for Chinese quoted in
 * English, when there are fewer (an English corpus with one answer in Chinese). Its few words reach none of
 * the analysis' frequent words, and loading jieba's dictionary costs ~0.3 s and ~45 MB that stay resident
 * after the thread that loaded it has ended.
 */
export function chineseSegmenterFor(texts: readonly (string | null | undefined)[]): ChineseSegmenter {
  let chinese = 0;
  for (const t of texts) if (t && needsJieba(t)) chinese++;
  return chinese > 0 && chinese >= JIEBA_CORPUS_SHARE * texts.length ? "jieba" : "icu";
}

/** A document's context with its corpus' choice applied: "chinese" becomes "embedded" (ICU) when the corpus' is ICU. */
export function corpusContext(context: UnspacedContext, chinese: ChineseSegmenter): UnspacedContext {
  return context === "chinese" && chinese === "icu" ? "embedded" : context;
}

type Jieba = { cut(sentence: string, hmm?: boolean | null): string[] };
let jieba: Jieba | null = null;

/**
 * The bytes of jieba's bundled dictionary. The package's dict.js also reads idf.txt (6 MB), which nothing
 * here uses, and its exports kept it for the life of the thread: it is dropped from them.
 */
export function readJiebaDictionary(): Uint8Array {
  const files = createRequire(import.meta.url)("@node-rs/jieba/dict.js") as { dict: Uint8Array; idf?: Uint8Array };
  delete files.idf;
  return files.dict;
}

/** jieba with its bundled dictionary, loaded on the first Chinese text (~0.3 s). */
function getJieba(): Jieba {
  if (jieba) return jieba;
  const { Jieba } = createRequire(import.meta.url)("@node-rs/jieba") as { Jieba: { withDict(dict: Uint8Array): Jieba } };
  jieba = Jieba.withDict(readJiebaDictionary());
  return jieba;
}

const segmenters = new Map<string, Intl.Segmenter>();
function icu(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: "word" })));
  return s;
}

/** ICU locale for a run, from its first character of a distinctive script; null: Chinese text (jieba). */
function runLocale(run: string, context: UnspacedContext): string | null {
  if (context === "japanese") return "ja";
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (isKana(c)) return "ja";
    if (c >= 0x0e00 && c <= 0x0e7f) return "th";
    if (c >= 0x0e80 && c <= 0x0eff) return "lo";
    if (c >= 0x1000 && c <= 0x109f) return "my";
    if ((c >= 0x1780 && c <= 0x17ff) || (c >= 0x19e0 && c <= 0x19ff)) return "km";
  }
  return context === "embedded" ? "zh" : null;
}

/**
 * Splits a run of unspaced-script characters (no spaces or punctuation in it) into words; calls
 * `word(start, end)` with offsets into the run, in order, covering it. `context`: the document's
 * (unspacedContext).
 */
export function segmentUnspacedRun(run: string, context: UnspacedContext, word: (start: number, end: number) => void): void {
  const locale = runLocale(run, context);
  if (locale === null) {
    let at = 0;
    for (const piece of getJieba().cut(run, true)) {
      if (piece.length === 0 || at + piece.length > run.length) break;
      word(at, at + piece.length);
      at += piece.length;
    }
    if (at < run.length) word(at, run.length); // never expected: jieba's pieces cover the run
    return;
  }
  for (const s of icu(locale).segment(run)) word(s.index, s.index + s.segment.length);
}

/**
 * Word boundaries inside the text's unspaced runs, for matching terms against raw text: cuts[i] = 1 when a
 * word starts or ends at offset i of such a run (its edges included); null when the text has no such run.
 * `chinese`: the segmenter its corpus' fingerprint used (chineseSegmenterFor).
 */
export function unspacedCuts(text: string, chinese: ChineseSegmenter = "jieba"): Uint8Array | null {
  let cuts: Uint8Array | null = null;
  let context: UnspacedContext | null = null;
  const len = text.length;
  for (let i = 0; i < len; ) {
    let step = unspacedCharAt(text, i, len);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < len && (step = unspacedCharAt(text, i, len)) !== 0) i += step;
    cuts ??= new Uint8Array(len + 1);
    context ??= corpusContext(unspacedContext(text, len), chinese);
    const marks = cuts;
    segmentUnspacedRun(text.slice(start, i), context, (from, to) => {
      marks[start + from] = 1;
      marks[start + to] = 1;
    });
  }
  return cuts;
}
