// normalizeText + foldWhitespace written into a reusable UTF-16 buffer: the features hot path reads
// char codes from a typed array instead of allocating the lowercased and folded strings.

import { normalizeText } from "@/lib/text/tokenize";

/** A growable Uint16Array of UTF-16 code units; `length` is the used prefix. */
export class CharBuffer {
  data = new Uint16Array(1 << 16);
  length = 0;

  ensure(capacity: number): void {
    if (capacity <= this.data.length) return;
    let cap = this.data.length;
    while (cap < capacity) cap *= 2;
    this.data = new Uint16Array(cap);
  }
}

// Lazily filled: 1 = matches /\s/ (JS whitespace and line terminators; String.prototype.trim strips the same set),
// 0 = not, 255 = not yet seen.
const SPACE = new Uint8Array(65536).fill(255);
const WHITESPACE = /\s/;
export function isSpace(code: number): boolean {
  let s = SPACE[code];
  if (s === 255) {
    s = WHITESPACE.test(String.fromCharCode(code)) ? 1 : 0;
    SPACE[code] = s;
  }
  return s === 1;
}

/**
 * Writes foldWhitespace(normalizeText(raw)) into `out`. Pure-ASCII text skips NFKC (a no-op on ASCII)
 * and lowercases on the fly; anything else goes through normalizeText itself, so the result is identical.
 */
export function foldNormalized(raw: string, out: CharBuffer): void {
  const n = raw.length;
  out.ensure(n);
  const buf = out.data;
  let len = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    let c = raw.charCodeAt(i);
    if (c >= 128) return foldString(normalizeText(raw), out);
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (!space) buf[len++] = 32;
      space = true;
      continue;
    }
    space = false;
    if (c >= 65 && c <= 90) c += 32;
    buf[len++] = c;
  }
  out.length = len;
}

function foldString(text: string, out: CharBuffer): void {
  const n = text.length;
  out.ensure(n);
  const buf = out.data;
  let len = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (!space) buf[len++] = 32;
      space = true;
      continue;
    }
    space = false;
    buf[len++] = c;
  }
  out.length = len;
}
