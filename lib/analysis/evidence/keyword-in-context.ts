// Keyword-in-context snippets: the first occurrences of a term in real documents, matched case-insensitively
// with any run of non-word characters between its words. Openers and closers match at the text's edges.

import type { KwicSnippet } from "@/lib/analysis/result-types";

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

export function termPattern(term: string): RegExp {
  const words = term.split(" ").map((w) => w.replace(ESCAPE, "\\$&").replace(/'/g, "['\u2019]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "iu");
}

export function findSnippets(
  corpus: string,
  documents: { ordinal: number; text: string }[],
  term: string,
  limit = 2,
  width = 60,
): KwicSnippet[] {
  const re = termPattern(term);
  const out: KwicSnippet[] = [];
  for (const d of documents) {
    const m = re.exec(d.text);
    if (!m) continue;
    const left = d.text.slice(Math.max(0, m.index - width), m.index).replace(/\s+/g, " ");
    const right = d.text.slice(m.index + m[0].length, m.index + m[0].length + width).replace(/\s+/g, " ");
    out.push({ corpus, documentOrdinal: d.ordinal, left, match: m[0], right });
    if (out.length >= limit) break;
  }
  return out;
}
