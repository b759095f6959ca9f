// Punctuation and formatting markers, counted per document on the raw (un-normalised) text.

export const MARKER_NAMES = [
  "em_dash",
  "en_dash",
  "colon",
  "semicolon",
  "exclamation",
  "question",
  "ellipsis",
  "parenthesis",
  "double_quote",
  "emoji",
  "heading",
  "bullet",
  "numbered",
  "bold",
  "italic",
  "code_block",
  "inline_code",
  "table_row",
] as const;

export type MarkerName = (typeof MARKER_NAMES)[number];

const INDEX = Object.fromEntries(MARKER_NAMES.map((n, i) => [n, i])) as Record<MarkerName, number>;

export const EMOJI = /\p{Extended_Pictographic}/gu;
export const HEADING = /^[ \t]*#{1,6}[ \t]+\S/gm;
export const BULLET = /^[ \t]*[-*•+][ \t]+\S/gm;
export const NUMBERED = /^[ \t]*\d{1,3}[.)][ \t]+\S/gm;
export const BOLD = /\*\*[^*\n]+\*\*|__[^_\n]+__/g;
// Single-star or single-underscore emphasis, not touching another star (that would be bold or a bullet).
export const ITALIC = /(?<![*\w])\*(?![\s*])[^*\n]+(?<![\s*])\*(?![*\w])|(?<![_\w])_(?![\s_])[^_\n]+(?<![\s_])_(?![_\w])/g;
export const FENCE = /^[ \t]*```/gm;
export const INLINE_CODE = /(?<!`)`[^`\n]+`(?!`)/g;
export const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/gm;

/** Matches of a global pattern in the text (the scan of raw text shares these patterns and this count). */
export function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(text)) n++; // test moves lastIndex as exec does, without building a match array
  return n;
}

/** Marker counts in MARKER_NAMES order. Code fences count as blocks (pairs of fences). */
export function countStyleMarkers(text: string): number[] {
  const out = new Array<number>(MARKER_NAMES.length).fill(0);
  let ellipsis = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2014) out[INDEX.em_dash]++;
    else if (c === 0x2013) out[INDEX.en_dash]++;
    else if (c === 0x3a) out[INDEX.colon]++;
    else if (c === 0x3b) out[INDEX.semicolon]++;
    else if (c === 0x21) out[INDEX.exclamation]++;
    else if (c === 0x3f) out[INDEX.question]++;
    else if (c === 0x2026) ellipsis++;
    else if (c === 0x28) out[INDEX.parenthesis]++;
    else if (c === 0x22 || c === 0x201c) out[INDEX.double_quote]++;
    else if (c === 0x2e && text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e) {
      ellipsis++;
      while (text.charCodeAt(i + 1) === 0x2e) i++;
    }
  }
  out[INDEX.ellipsis] = ellipsis;
  out[INDEX.emoji] = count(EMOJI, text);
  out[INDEX.heading] = count(HEADING, text);
  out[INDEX.bullet] = count(BULLET, text);
  out[INDEX.numbered] = count(NUMBERED, text);
  out[INDEX.bold] = count(BOLD, text);
  out[INDEX.italic] = count(ITALIC, text);
  out[INDEX.code_block] = Math.ceil(count(FENCE, text) / 2);
  out[INDEX.inline_code] = count(INLINE_CODE, text);
  out[INDEX.table_row] = count(TABLE_ROW, text);
  return out;
}
