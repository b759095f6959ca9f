// Per-document statistics: sentences, paragraphs and the moving-average type-token ratio (MATTR).

export const MATTR_WINDOW = 50;

/** Sentence ends: runs of . ! ? (or …) followed by whitespace or the end; a text without one is one sentence. */
export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 0;
  const ends = trimmed.match(/[.!?\u2026]+(?=\s|$)/g)?.length ?? 0;
  return Math.max(1, ends + (/[.!?\u2026]["')\]]*$/.test(trimmed) ? 0 : 1));
}

export function countParagraphs(text: string): number {
  return text.split(/\n[ \t]*\n/).filter((p) => p.trim().length > 0).length;
}

/** Covington & McFall's MATTR: mean TTR over all windows of `window` tokens (plain TTR when shorter). */
export function movingAverageTtr(tokens: readonly string[], window = MATTR_WINDOW): number {
  if (tokens.length === 0) return 0;
  if (tokens.length <= window) return new Set(tokens).size / tokens.length;
  const counts = new Map<string, number>();
  let distinct = 0;
  for (let i = 0; i < window; i++) {
    const c = counts.get(tokens[i]) ?? 0;
    if (c === 0) distinct++;
    counts.set(tokens[i], c + 1);
  }
  let sum = distinct;
  for (let i = window; i < tokens.length; i++) {
    const add = tokens[i];
    const ca = counts.get(add) ?? 0;
    if (ca === 0) distinct++;
    counts.set(add, ca + 1);
    const drop = tokens[i - window];
    const cd = counts.get(drop)! - 1;
    if (cd === 0) distinct--;
    counts.set(drop, cd);
    sum += distinct;
  }
  return sum / (tokens.length - window + 1) / window;
}

/**
 * movingAverageTtr over interned ids (tokens[0..n)), the same value without string keys. `counts` must be
 * all zero, indexable by every id, and is left all zero.
 */
export function movingAverageTtrIds(tokens: Int32Array, n: number, counts: Uint32Array, window = MATTR_WINDOW): number {
  if (n === 0) return 0;
  const w = Math.min(window, n);
  let distinct = 0;
  for (let i = 0; i < w; i++) if (counts[tokens[i]]++ === 0) distinct++;
  if (n <= window) {
    for (let i = 0; i < w; i++) counts[tokens[i]] = 0;
    return distinct / n;
  }
  let sum = distinct;
  for (let i = window; i < n; i++) {
    if (counts[tokens[i]]++ === 0) distinct++;
    if (--counts[tokens[i - window]] === 0) distinct--;
    sum += distinct;
  }
  for (let i = n - window; i < n; i++) counts[tokens[i]] = 0;
  return sum / (n - window + 1) / window;
}
