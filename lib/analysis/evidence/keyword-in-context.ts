// Keyword-in-context snippets: the first occurrences of a term in real documents, matched case-insensitively
// with any run of non-word characters between its words. In scripts written without spaces (Chinese,
// Japanese, Thai…) a word boundary is where the segmenter cuts (unspacedCuts), not a non-letter.

import type { KwicSnippet } from "@/lib/analysis/result-types";
import { unspacedCharAt, unspacedCuts, type ChineseSegmenter } from "@/lib/text/segment-unspaced";

/** Characters of context on each side of a snippet's match. */
export const SNIPPET_WIDTH = 60;

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

export function termPattern(term: string): RegExp {
  const words = term.split(" ").map((w) => w.replace(ESCAPE, "\\$&").replace(/'/g, "['\u2019]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "iu");
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const code = s.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i - 1)!));
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Start of the code point that ends just before `i`. */
const before = (s: string, i: number) => (i >= 2 && s.charCodeAt(i - 1) >= 0xdc00 && s.charCodeAt(i - 1) <= 0xdfff ? i - 2 : i - 1);
const width = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1);

/** Segmenter cuts of a document's unspaced runs, computed once and only if a match needs them. */
type Cuts = () => Uint8Array | null;

const unspacedAt = (s: string, i: number) => i >= 0 && i < s.length && unspacedCharAt(s, i, s.length) !== 0;

/**
 * Is offset i (between two characters) a word boundary? Between a non-word and anything, yes; next to a
 * character of an unspaced script, only where the segmenter cuts; between two spaced letters, no.
 */
function boundaryAt(s: string, i: number, cuts: Cuts): boolean {
  const prev = before(s, i);
  if (!isWordAt(s, prev) || !isWordAt(s, i)) return true;
  if (!unspacedAt(s, prev) && !unspacedAt(s, i)) return false;
  return cuts()?.[i] === 1;
}

/**
 * First match of the term's words in `lower` (lowercased text, typographic apostrophes folded to '), with the
 * semantics of termPattern: word boundaries on both sides, any run of non-letter/digit characters between
 * words (none needed where an unspaced script's words meet). A hand-written matcher: a regex with \p
 * classes costs ~1 ms to compile, per term and analysis.
 */
function matchWords(lower: string, words: string[], cuts: Cuts, from = 0): { start: number; end: number } | null {
  const first = words[0];
  for (let at = lower.indexOf(first, from); at >= 0; at = lower.indexOf(first, at + 1)) {
    if (!boundaryAt(lower, at, cuts)) continue;
    let end = at + first.length;
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) {
      let j = end;
      while (j < lower.length && !isWordAt(lower, j)) j += width(lower, j);
      ok = (j > end || boundaryAt(lower, end, cuts)) && lower.startsWith(words[w], j);
      end = j + words[w].length;
    }
    if (ok && boundaryAt(lower, end, cuts)) return { start: at, end };
  }
  return null;
}

/**
 * Snippets for many terms in one pass over the documents: each document is lowercased once and searched
 * for each open term (termPattern's regex is the fallback for the rare text whose lowercase changes length).
 * Stops as soon as every term has `limit` snippets. `chinese`: the segmenter the corpus' fingerprint used
 * (CorpusFeatures.chineseSegmenter), so a term's word boundaries are the ones its counts were taken on.
 */
export function findSnippetsForTerms(
  corpus: string,
  documents: { ordinal: number; text: string }[],
  terms: string[],
  limit = 2,
  width = SNIPPET_WIDTH,
  chinese: ChineseSegmenter = "jieba",
): Map<string, KwicSnippet[]> {
  const out = new Map<string, KwicSnippet[]>();
  const pending = [...new Set(terms)].map((term) => {
    const words = term.toLowerCase().replace(/\u2019/g, "'").split(" ").filter((w) => w.length > 0);
    // Every word of a match is a substring of the text: a document without the longest one is passed over
    // in one indexOf, not searched at each occurrence of a short first word ("in", "a").
    const anchor = words.reduce((a, w) => (w.length > a.length ? w : a), "");
    return { term, words, anchor, re: null as RegExp | null, hits: [] as KwicSnippet[] };
  });
  for (const p of pending) out.set(p.term, p.hits);
  let open = pending.filter((p) => limit > 0 && p.words.length > 0);
  for (const d of documents) {
    if (open.length === 0) break;
    const lower = d.text.toLowerCase().replace(/\u2019/g, "'");
    const aligned = lower.length === d.text.length;
    let cutsOfDoc: Uint8Array | null | undefined;
    const cuts: Cuts = () => (cutsOfDoc === undefined ? (cutsOfDoc = unspacedCuts(lower, chinese)) : cutsOfDoc);
    let closed = false;
    for (const p of open) {
      let m: { start: number; end: number } | null = null;
      if (aligned) m = p.words.length > 1 && !lower.includes(p.anchor) ? null : matchWords(lower, p.words, cuts);
      else {
        const r = (p.re ??= termPattern(p.term)).exec(d.text);
        if (r) m = { start: r.index, end: r.index + r[0].length };
      }
      if (!m) continue;
      const left = d.text.slice(Math.max(0, m.start - width), m.start).replace(/\s+/g, " ");
      const right = d.text.slice(m.end, m.end + width).replace(/\s+/g, " ");
      p.hits.push({ corpus, documentOrdinal: d.ordinal, left, match: d.text.slice(m.start, m.end), right });
      if (p.hits.length >= limit) closed = true;
    }
    if (closed) open = open.filter((p) => p.hits.length < limit);
  }
  return out;
}

export function findSnippets(
  corpus: string,
  documents: { ordinal: number; text: string }[],
  term: string,
  limit = 2,
  width = SNIPPET_WIDTH,
): KwicSnippet[] {
  return findSnippetsForTerms(corpus, documents, [term], limit, width).get(term) ?? [];
}

/**
 * Every match of a term in one text, with the snippets' semantics (word boundaries, segmenter cuts in unspaced
 * scripts, any punctuation between a phrase's words), as offsets into the original text.
 */
export function findAllMatches(text: string, term: string): { start: number; end: number }[] {
  const words = term.toLowerCase().replace(/\u2019/g, "'").split(" ").filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const lower = text.toLowerCase().replace(/\u2019/g, "'");
  const out: { start: number; end: number }[] = [];
  if (lower.length !== text.length) {
    const re = new RegExp(termPattern(term).source, "giu");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out;
  }
  let cutsOfDoc: Uint8Array | null | undefined;
  const cuts: Cuts = () => (cutsOfDoc === undefined ? (cutsOfDoc = unspacedCuts(lower)) : cutsOfDoc);
  for (let m = matchWords(lower, words, cuts); m; m = matchWords(lower, words, cuts, m.end)) out.push(m);
  return out;
}
