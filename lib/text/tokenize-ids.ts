// tokenizeWords over a folded, normalised buffer (see fold-text.ts), emitting interned word ids instead
// of strings. Same boundaries as tokenizeWords: letter/digit runs joined by single internal ' or -, and
// runs of unspaced scripts (Chinese, Japanese, Thai…) split by their segmenter (segment-unspaced.ts).
import { corpusContext, segmentUnspacedRun, unspacedCharAt, unspacedContext, type ChineseSegmenter, type UnspacedContext } from "@/lib/text/segment-unspaced";
import { decodeCodeUnits, type WordInterner } from "@/lib/text/word-interner";

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// 1 = letter or digit of a spaced script, 2 = apostrophe or hyphen, 0 = other (unspaced scripts included),
// 255 = not yet seen (BMP, filled lazily).
const CLASS = new Uint8Array(65536).fill(255);
const ASTRAL = new Map<number, boolean>();

function bmpClass(code: number): number {
  let c = CLASS[code];
  if (c === 255) {
    if (code === 39 || code === 45) c = 2;
    else if ((code >= 0xd800 && code <= 0xdfff) || unspacedCharAt(String.fromCharCode(code), 0, 1) !== 0) c = 0;
    else c = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 0;
    CLASS[code] = c;
  }
  return c;
}

/** Code units taken by a spaced-script letter or digit at i (1, or 2 for an astral one), 0 if there is none. */
function wordCharAt(buf: Uint16Array, i: number, len: number): number {
  const code = buf[i];
  if (code < 0xd800 || code > 0xdbff) return bmpClass(code) === 1 ? 1 : 0;
  if (i + 1 >= len) return 0;
  const low = buf[i + 1];
  if (low < 0xdc00 || low > 0xdfff) return 0;
  const cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let yes = ASTRAL.get(cp);
  if (yes === undefined) {
    yes = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) && unspacedCharAt(buf, i, len) === 0;
    ASTRAL.set(cp, yes);
  }
  return yes ? 2 : 0;
}

type Ids = { data: Int32Array };

function push(out: Ids, n: number, id: number): void {
  if (n === out.data.length) {
    const next = new Int32Array(n * 2);
    next.set(out.data);
    out.data = next;
  }
  out.data[n] = id;
}

/**
 * Appends the ids of buf[0..len)'s words to `out` (from index 0); returns how many were written. `chinese`:
 * the corpus' segmenter for Chinese documents (chineseSegmenterFor).
 */
export function tokenizeIds(buf: Uint16Array, len: number, words: WordInterner, out: Ids, chinese: ChineseSegmenter = "jieba"): number {
  let n = 0;
  let i = 0;
  let context: UnspacedContext | null = null; // decided on the first unspaced run, for the whole document
  while (i < len) {
    let step = wordCharAt(buf, i, len);
    if (step === 0) {
      const run = unspacedCharAt(buf, i, len);
      if (run === 0) {
        i++;
        continue;
      }
      const start = i;
      i += run;
      let more: number;
      while (i < len && (more = unspacedCharAt(buf, i, len)) !== 0) i += more;
      context ??= corpusContext(unspacedContext(buf, len), chinese);
      n = internUnspacedRun(buf, start, i, context, words, out, n);
      continue;
    }
    const start = i;
    for (;;) {
      i += step;
      while (i < len && (step = wordCharAt(buf, i, len)) !== 0) i += step;
      // An apostrophe or hyphen continues the word only when a letter or digit follows it.
      if (i + 1 < len && bmpClass(buf[i]) === 2 && (step = wordCharAt(buf, i + 1, len)) !== 0) {
        i += 1;
        continue;
      }
      break;
    }
    push(out, n++, words.intern(buf, start, i));
  }
  return n;
}

/** Segments buf[start..end) and appends its words' ids at out[n..]; returns the new count. Kept apart from
 * tokenizeIds: a closure there would move its counter into a heap context for every text. */
function internUnspacedRun(buf: Uint16Array, start: number, end: number, context: UnspacedContext, words: WordInterner, out: Ids, n: number): number {
  let count = n;
  segmentUnspacedRun(decodeCodeUnits(buf, start, end), context, (from, to) => push(out, count++, words.intern(buf, start + from, start + to)));
  return count;
}
