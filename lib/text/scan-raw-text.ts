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

/**
 * Writes the document's marker counts (MARKER_NAMES order) to markers[at..at+18) and returns its sentence
 * and paragraph counts.
 */
export function scanRawText(text: string, markers: Uint32Array, at: number): RawTextScan {
  const n = text.length;
  let ellipsis = 0;
  let nonAscii = false;
  let hash = false;
  let bulletChar = false;
  let digitCloser = false;
  let star = false;
  let underscore = false;
  let backtick = false;
  let pipe = false;
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
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
      if (j < n && text.charCodeAt(j) === 0x0a) {
        if (pieceHasText) paragraphs++;
        pieceHasText = false;
        i = j;
      }
      continue;
    }
    if (c < 128) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
      pieceHasText = true;
      lastText = i;
      if (c === 0x2e || c === 0x21 || c === 0x3f) inRun = true;
      if (c === 0x3a) markers[at + INDEX.colon]++;
      else if (c === 0x3b) markers[at + INDEX.semicolon]++;
      else if (c === 0x21) markers[at + INDEX.exclamation]++;
      else if (c === 0x3f) markers[at + INDEX.question]++;
      else if (c === 0x28) markers[at + INDEX.parenthesis]++;
      else if (c === 0x22) markers[at + INDEX.double_quote]++;
      else if (c === 0x2e && text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e) {
        ellipsis++;
        while (text.charCodeAt(i + 1) === 0x2e) i++;
      } else if (c === 0x23) hash = true;
      else if (c === 0x2d || c === 0x2b) bulletChar = true;
      else if (c === 0x2a) star = true;
      else if (c === 0x5f) underscore = true;
      else if (c === 0x60) backtick = true;
      else if (c === 0x7c) pipe = true;
      else if (c === 0x29) digitCloser = true;
      continue;
    }
    nonAscii = true;
    if (isSpace(c)) continue;
    pieceHasText = true;
    lastText = i;
    if (c === 0x2014) markers[at + INDEX.em_dash]++;
    else if (c === 0x2013) markers[at + INDEX.en_dash]++;
    else if (c === 0x2026) {
      ellipsis++;
      inRun = true;
    } else if (c === 0x201c) markers[at + INDEX.double_quote]++;
  }
  if (inRun) sentenceEnds++;
  if (pieceHasText) paragraphs++;

  markers[at + INDEX.ellipsis] = ellipsis;
  // "." also closes a numbered item ("1. first"); a "*" bullet is also italic's and bold's character.
  const dot = text.includes(".");
  if (nonAscii) markers[at + INDEX.emoji] = count(EMOJI, text);
  if (hash) markers[at + INDEX.heading] = count(HEADING, text);
  if (bulletChar || star || nonAscii) markers[at + INDEX.bullet] = count(BULLET, text);
  if (dot || digitCloser) markers[at + INDEX.numbered] = count(NUMBERED, text);
  if (star || underscore) {
    markers[at + INDEX.bold] = count(BOLD, text);
    markers[at + INDEX.italic] = count(ITALIC, text);
  }
  if (backtick) {
    markers[at + INDEX.code_block] = Math.ceil(count(FENCE, text) / 2);
    markers[at + INDEX.inline_code] = count(INLINE_CODE, text);
  }
  if (pipe) markers[at + INDEX.table_row] = count(TABLE_ROW, text);

  return { sentences: lastText < 0 ? 0 : Math.max(1, sentenceEnds + (endsSentence(text, lastText) ? 0 : 1)), paragraphs };
}

/** /[.!?…]["')\]]*$/ on the trimmed text: a terminal mark, then only closing quotes or brackets, ends it. */
function endsSentence(text: string, last: number): boolean {
  let i = last;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 && isTerminal(text.charCodeAt(i));
}

export const MARKER_COUNT = MARKERS;
