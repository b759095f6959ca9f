// Word tokens: NFKC, lowercase, letters/digits with internal apostrophes or hyphens ("don't", "state-of-the-art");
// runs of unspaced scripts (Chinese, Japanese, Thai…) split into words by their segmenter.
import { segmentUnspacedRun, unspacedCharAt, unspacedContext, type UnspacedContext } from "@/lib/text/segment-unspaced";
import { tokenizeIds } from "@/lib/text/tokenize-ids";
import { WordInterner } from "@/lib/text/word-interner";

/** NFKC, lowercase, and typographic apostrophes folded to "'" so "don’t" and "don't" are one word. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\u2019\u2018\u02bc]/g, "'");
}

export function tokenizeWords(text: string): string[] {
  const normal = normalizeText(text);
  const buf = Uint16Array.from({ length: normal.length }, (_, i) => normal.charCodeAt(i));
  const words = new WordInterner();
  const out = { data: new Int32Array(64) };
  const n = tokenizeIds(buf, buf.length, words, out);
  return Array.from(out.data.subarray(0, n), (id) => words.words[id]);
}

// 1 = letter or digit (and low surrogates: the second half of an astral character), 2 = apostrophe or hyphen
// (word-internal only), 3 = unspaced-script character, 4 = high surrogate (an astral character starts:
// looked at more closely), 0 = other. BMP classes are filled on first sight.
const CLASS = new Uint8Array(65536).fill(255);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function charClass(code: number): number {
  let c = CLASS[code];
  if (c === 255) {
    const ch = String.fromCharCode(code);
    if (code >= 0xd800 && code <= 0xdbff) c = 4;
    else if (code >= 0xdc00 && code <= 0xdfff) c = 1;
    else c = code === 39 || code === 45 || code === 0x2019 ? 2 : unspacedCharAt(ch, 0, 1) !== 0 ? 3 : LETTER_OR_DIGIT.test(ch) ? 1 : 0;
    CLASS[code] = c;
  }
  return c;
}

function unspacedRunEnd(text: string, i: number, len: number): number {
  let step: number;
  while (i < len && (step = unspacedCharAt(text, i, len)) !== 0) i += step;
  return i;
}

// Kept out of countWords: a closure there would move its counter into a heap context for every text.
function countUnspacedWords(run: string, context: UnspacedContext): number {
  let n = 0;
  segmentUnspacedRun(run, context, () => n++);
  return n;
}

/**
 * Same word boundaries as tokenizeWords, without normalising or allocating for spaced scripts (the ingest
 * hot path: a character-class table instead of a Unicode regex, ~10x faster). Astral letters (surrogate
 * pairs) count as word characters; runs of unspaced scripts are segmented as tokenizeWords does.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let context: UnspacedContext | null = null;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const code = text.charCodeAt(i);
    let c = charClass(code);
    if (c >= 3) {
      // An unspaced-script run (or an astral character of one): its segmenter's words. Other astral
      // characters count as letters, as they always have.
      if (c === 4 && unspacedCharAt(text, i, len) === 0) c = 1;
      else {
        const end = unspacedRunEnd(text, i, len);
        context ??= unspacedContext(text, len);
        n += countUnspacedWords(text.slice(i, end), context);
        i = end - 1;
        inWord = false;
        continue;
      }
    }
    if (c === 1) {
      if (!inWord) n++;
      inWord = true;
    } else if (c === 2 && inWord && i + 1 < len && charClass(text.charCodeAt(i + 1)) === 1) {
      // an internal apostrophe or hyphen joins the word
    } else {
      inWord = false;
    }
  }
  return n;
}
