// Word tokens: NFKC, lowercase, letters/digits with internal apostrophes or hyphens ("don't", "state-of-the-art").

const WORD = /[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*/gu;

/** NFKC, lowercase, and typographic apostrophes folded to "'" so "don’t" and "don't" are one word. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\u2019\u2018\u02bc]/g, "'");
}

export function tokenizeWords(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

const COUNT = /[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu;

/** Same word boundaries as tokenizeWords, without normalising or allocating the tokens (ingest hot path). */
export function countWords(text: string): number {
  let n = 0;
  COUNT.lastIndex = 0;
  while (COUNT.exec(text) !== null) n++;
  return n;
}
