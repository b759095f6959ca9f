// Keyword-in-context snippets: the first occurrences of a term in real documents, matched case-insensitively
// with any run of non-word characters between its words.

import type { KwicSnippet } from "@/lib/analysis/result-types";

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

export function termPattern(term: string): RegExp {
  const words = term.split(" ").map((w) => w.replace(ESCAPE, "\\$&").replace(/'/g, "['\u2019]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "iu");
}

/** The longest apostrophe-free piece of the term's words: a cheap `includes` pre-check before the regex. */
export function termProbe(term: string): string {
  let best = "";
  for (const piece of term.toLowerCase().split(/[ ']/)) if (piece.length > best.length) best = piece;
  return best;
}

/**
 * Snippets for many terms in one pass over the documents: each document is lowercased once, and a term's
 * regex runs only on documents containing its probe. Stops as soon as every term has `limit` snippets.
 */
export function findSnippetsForTerms(
  corpus: string,
  documents: { ordinal: number; text: string }[],
  terms: string[],
  limit = 2,
  width = 60,
): Map<string, KwicSnippet[]> {
  const out = new Map<string, KwicSnippet[]>();
  const pending = [...new Set(terms)].map((term) => ({ term, probe: termProbe(term), re: termPattern(term), hits: [] as KwicSnippet[] }));
  for (const p of pending) out.set(p.term, p.hits);
  let open = pending.filter((p) => limit > 0);
  for (const d of documents) {
    if (open.length === 0) break;
    const lower = d.text.toLowerCase();
    let closed = false;
    for (const p of open) {
      if (!lower.includes(p.probe)) continue;
      const m = p.re.exec(d.text);
      if (!m) continue;
      const left = d.text.slice(Math.max(0, m.index - width), m.index).replace(/\s+/g, " ");
      const right = d.text.slice(m.index + m[0].length, m.index + m[0].length + width).replace(/\s+/g, " ");
      p.hits.push({ corpus, documentOrdinal: d.ordinal, left, match: m[0], right });
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
  width = 60,
): KwicSnippet[] {
  return findSnippetsForTerms(corpus, documents, [term], limit, width).get(term) ?? [];
}
