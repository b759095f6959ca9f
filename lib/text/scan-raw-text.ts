// One pass over a document's raw text for its punctuation markers, sentence ends and paragraphs. The
// line-anchored markdown markers keep their regexes (style-markers.ts), but each runs only when the pass
// saw the character it needs: most documents skip most of them. Same counts as countStyleMarkers,
// countSentences and countParagraphs (scan-raw-text.test.ts checks that on random text).

import { isSpace } from "@/lib/text/fold-text";
import { BOLD, BULLET, count, EMOJI, FENCE, HEADING, INLINE_CODE, ITALIC, MARKER_NAMES, NUMBERED, TABLE_ROW, type MarkerName } from "@/lib/text/style-markers";

export type RawTextScan = { sentences: number; paragraphs: number };

const INDEX = Object.fromEntries(MARKER_NAMES.map((n, i) => [n, i])) as Record<MarkerName, number>;
const MARKERS = MARKER_NAMES.length;

const isTerminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d;

// What an ASCII character does, from one table read, so the loop has one counting statement instead of a
// branch per character: V8 compiles a branch no document has reached yet into a deoptimisation, and each
// rare character's first appearance threw the optimised loop away (~25 recompilations per thread).
// Below 0: no counter; 0..MARKERS-1: a marker counted per occurrence; the flags say which line-anchored
// patterns are worth running afterwards.
const NONE = -1;
const FLAG_HASH = 1;
const FLAG_BULLET = 2;
const FLAG_STAR = 4;
const FLAG_UNDERSCORE = 8;
const FLAG_BACKTICK = 16;
const FLAG_PIPE = 32;
const FLAG_DIGIT_CLOSER = 64;
const FLAG_NON_ASCII = 128;
const ASCII_MARKER = new Int8Array(128).fill(NONE);
const ASCII_FLAG = new Uint8Array(128);
ASCII_MARKER[0x3a] = INDEX.colon;
ASCII_MARKER[0x3b] = INDEX.semicolon;
ASCII_MARKER[0x21] = INDEX.exclamation;
ASCII_MARKER[0x3f] = INDEX.question;
ASCII_MARKER[0x28] = INDEX.parenthesis;
ASCII_MARKER[0x22] = INDEX.double_quote;
ASCII_FLAG[0x23] = FLAG_HASH;
ASCII_FLAG[0x2d] = FLAG_BULLET;
ASCII_FLAG[0x2b] = FLAG_BULLET;
ASCII_FLAG[0x2a] = FLAG_STAR;
ASCII_FLAG[0x5f] = FLAG_UNDERSCORE;
ASCII_FLAG[0x60] = FLAG_BACKTICK;
ASCII_FLAG[0x7c] = FLAG_PIPE;
ASCII_FLAG[0x29] = FLAG_DIGIT_CLOSER;
/** 1 for the ASCII whitespace the paragraph and sentence rules skip (space, \t to \r). */
const ASCII_SPACE = new Uint8Array(128);
for (const c of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]) ASCII_SPACE[c] = 1;

/** The marker a non-ASCII character counts (NONE for most). */
function wideMarker(c: number): number {
  return c === 0x2014 ? INDEX.em_dash : c === 0x2013 ? INDEX.en_dash : c === 0x201c ? INDEX.double_quote : NONE;
}

/**
 * Writes the document's marker counts (MARKER_NAMES order) to markers[at..at+18) and returns its sentence
 * and paragraph counts.
 */
export function scanRawText(text: string, markers: Uint32Array, at: number): RawTextScan {
  const n = text.length;
  let ellipsis = 0;
  let flags = 0;
  // Sentences: maximal runs of . ! ? … followed by whitespace or the end.
  let sentenceEnds = 0;
  let inRun = false;
  // Paragraphs: pieces between "\n[ \t]*\n" separators that hold a non-space character.
  let paragraphs = 0;
  let pieceHasText = false;
  let lastText = -1; // index of the last non-space character
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inRun && !isTerminal(c)) {
      if (isSpace(c)) sentenceEnds++;
      inRun = false;
    }
    if (c === 0x0a) {
      const j = blankLineEnd(text, i + 1, n);
      if (j >= 0) {
        if (pieceHasText) paragraphs++;
        pieceHasText = false;
        i = j;
      }
      continue;
    }
    let marker = NONE;
    if (c < 128) {
      if (ASCII_SPACE[c] === 1) continue;
      if (c === 0x2e || c === 0x21 || c === 0x3f) inRun = true;
      marker = ASCII_MARKER[c];
      flags |= ASCII_FLAG[c];
      if (c === 0x2e && i + 2 < n && text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e) {
        ellipsis++;
        while (i + 1 < n && text.charCodeAt(i + 1) === 0x2e) i++;
      }
    } else {
      flags |= FLAG_NON_ASCII;
      if (isSpace(c)) continue;
      marker = wideMarker(c);
      if (c === 0x2026) {
        ellipsis++;
        inRun = true;
      }
    }
    pieceHasText = true;
    lastText = i;
    if (marker >= 0) markers[at + marker]++;
  }
  if (inRun) sentenceEnds++;
  if (pieceHasText) paragraphs++;

  markers[at + INDEX.ellipsis] = ellipsis;
  countLineMarkers(text, flags, markers, at);
  return { sentences: lastText < 0 ? 0 : Math.max(1, sentenceEnds + (endsSentence(text, lastText) ? 0 : 1)), paragraphs };
}

/** After a newline at `from - 1`: the index of the newline ending a blank line ("[ \t]*\n"), else -1. */
function blankLineEnd(text: string, from: number, n: number): number {
  let j = from;
  while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  return j < n && text.charCodeAt(j) === 0x0a ? j : -1;
}

/** The line-anchored markdown markers, each pattern run only when the scan saw the character it needs. */
function countLineMarkers(text: string, flags: number, markers: Uint32Array, at: number): void {
  const nonAscii = (flags & FLAG_NON_ASCII) !== 0;
  const star = (flags & FLAG_STAR) !== 0;
  // "." also closes a numbered item ("1. first"); a "*" bullet is also italic's and bold's character.
  const dot = text.includes(".");
  if (nonAscii) markers[at + INDEX.emoji] = count(EMOJI, text);
  if ((flags & FLAG_HASH) !== 0) markers[at + INDEX.heading] = count(HEADING, text);
  if ((flags & FLAG_BULLET) !== 0 || star || nonAscii) markers[at + INDEX.bullet] = count(BULLET, text);
  if (dot || (flags & FLAG_DIGIT_CLOSER) !== 0) markers[at + INDEX.numbered] = count(NUMBERED, text);
  if (star || (flags & FLAG_UNDERSCORE) !== 0) {
    markers[at + INDEX.bold] = count(BOLD, text);
    markers[at + INDEX.italic] = count(ITALIC, text);
  }
  if ((flags & FLAG_BACKTICK) !== 0) {
    markers[at + INDEX.code_block] = Math.ceil(count(FENCE, text) / 2);
    markers[at + INDEX.inline_code] = count(INLINE_CODE, text);
  }
  if ((flags & FLAG_PIPE) !== 0) markers[at + INDEX.table_row] = count(TABLE_ROW, text);
}

/** /[.!?…]["')\]]*$/ on the trimmed text: a terminal mark, then only closing quotes or brackets, ends it. */
function endsSentence(text: string, last: number): boolean {
  let i = last;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 && isTerminal(text.charCodeAt(i));
}

export const MARKER_COUNT = MARKERS;
