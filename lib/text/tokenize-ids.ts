// tokenizeWords over a folded, normalised buffer (see fold-text.ts), emitting interned word ids instead
// of strings. Same boundaries as the WORD regex: letter/digit runs joined by single internal ' or -.

import type { WordInterner } from "@/lib/text/word-interner";

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// 1 = letter or digit, 2 = apostrophe or hyphen, 0 = other, 255 = not yet seen (BMP, filled lazily).
const CLASS = new Uint8Array(65536).fill(255);
const ASTRAL = new Map<number, boolean>();

function bmpClass(code: number): number {
  let c = CLASS[code];
  if (c === 255) {
    c = code === 39 || code === 45 ? 2 : code >= 0xd800 && code <= 0xdfff ? 0 : LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 0;
    CLASS[code] = c;
  }
  return c;
}

/** Code units taken by a letter or digit at i (1, or 2 for an astral one), 0 if there is none. */
function wordCharAt(buf: Uint16Array, i: number, len: number): number {
  const code = buf[i];
  if (code < 0xd800 || code > 0xdbff) return bmpClass(code) === 1 ? 1 : 0;
  if (i + 1 >= len) return 0;
  const low = buf[i + 1];
  if (low < 0xdc00 || low > 0xdfff) return 0;
  const cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let yes = ASTRAL.get(cp);
  if (yes === undefined) {
    yes = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    ASTRAL.set(cp, yes);
  }
  return yes ? 2 : 0;
}

/** Appends the ids of buf[0..len)'s words to `out` (from index 0); returns how many were written. */
export function tokenizeIds(buf: Uint16Array, len: number, words: WordInterner, out: { data: Int32Array }): number {
  let n = 0;
  let i = 0;
  while (i < len) {
    let step = wordCharAt(buf, i, len);
    if (step === 0) {
      i++;
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
    if (n === out.data.length) {
      const next = new Int32Array(n * 2);
      next.set(out.data);
      out.data = next;
    }
    out.data[n++] = words.intern(buf, start, i);
  }
  return n;
}
