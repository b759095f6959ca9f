// Word tokens: NFKC, lowercase, letters/digits with internal apostrophes or hyphens ("don't", "state-of-the-art").

const WORD = /[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*/gu;

/** NFKC, lowercase, and typographic apostrophes folded to "'" so "don’t" and "don't" are one word. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\u2019\u2018\u02bc]/g, "'");
}

export function tokenizeWords(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

// 1 = letter or digit, 2 = apostrophe or hyphen (word-internal only); BMP classes are filled on first sight.
const CLASS = new Uint8Array(65536).fill(255);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function charClass(code: number): number {
  let c = CLASS[code];
  if (c === 255) {
    c = code === 39 || code === 45 || code === 0x2019 ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 0;
    CLASS[code] = c;
  }
  return c;
}

/**
 * Same word boundaries as tokenizeWords, without normalising or allocating (the ingest hot path: a
 * character-class table instead of a Unicode regex, ~10x faster). Astral letters (surrogate pairs) count
 * as word characters.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const code = text.charCodeAt(i);
    const c = code >= 0xd800 && code <= 0xdfff ? 1 : charClass(code);
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
