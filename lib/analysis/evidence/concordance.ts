// A concordance (KWIC) over every use of a term in a corpus, as Voyant shows it: all uses, not the first two;
// context cut at word boundaries; sortable by the words left or right of the match; paged.

import { findAllMatches } from "./keyword-in-context";

export type ConcordanceLine = { documentOrdinal: number; left: string; match: string; right: string };
export type ConcordanceSort = "document" | "left" | "right";
export type ConcordancePage = {
  total: number;
  page: number;
  pageSize: number;
  lines: ConcordanceLine[];
  /** uses per document, for the term's distribution over the corpus (document ordinal → uses) */
  perDocument: { documentOrdinal: number; uses: number }[];
};

/** Every use of `term` in the documents, context about `width` characters each side, cut at word boundaries. */
export function findAllUses(documents: Iterable<{ ordinal: number; text: string }>, term: string, width = 70): ConcordanceLine[] {
  const out: ConcordanceLine[] = [];
  for (const d of documents) {
    for (const { start, end } of findAllMatches(d.text, term)) {
      out.push({ documentOrdinal: d.ordinal, left: cutLeft(d.text, start, width), match: d.text.slice(start, end), right: cutRight(d.text, end, width) });
    }
  }
  return out;
}

/** The `width` characters before `at`, starting at a word start (never inside a word), whitespace folded. */
export function cutLeft(text: string, at: number, width: number): string {
  let from = Math.max(0, at - width);
  if (from > 0 && !/\s/.test(text[from - 1])) {
    const space = text.slice(from, at).search(/\s/);
    from = space < 0 ? at : from + space + 1;
  }
  const s = text.slice(from, at).replace(/\s+/g, " ");
  return from > 0 ? `…${s.trimStart()}` : s;
}

/** The `width` characters after `at`, ending at a word end, whitespace folded. */
export function cutRight(text: string, at: number, width: number): string {
  let to = Math.min(text.length, at + width);
  if (to < text.length && !/\s/.test(text[to])) {
    const slice = text.slice(at, to);
    const space = Math.max(slice.lastIndexOf(" "), slice.lastIndexOf("\n"), slice.lastIndexOf("\t"));
    to = space < 0 ? at : at + space;
  }
  const s = text.slice(at, to).replace(/\s+/g, " ");
  return to < text.length ? `${s.trimEnd()}…` : s;
}

const WORD = /[\p{L}\p{N}']+/gu;

/** Sort key: the words nearest the match first (left context read backwards, as concordancers sort). */
function sortKey(line: ConcordanceLine, by: "left" | "right"): string {
  const words = (by === "left" ? line.left : line.right).toLowerCase().match(WORD) ?? [];
  return (by === "left" ? words.reverse() : words).join(" ");
}

export function sortLines(lines: ConcordanceLine[], by: ConcordanceSort): ConcordanceLine[] {
  if (by === "document") return lines;
  const keyed = lines.map((line, i) => ({ line, i, key: sortKey(line, by) }));
  // Lines with no words on that side (the match ends its document) go last.
  keyed.sort((a, b) => Number(a.key === "") - Number(b.key === "") || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  return keyed.map((k) => k.line);
}

export function concordancePage(lines: ConcordanceLine[], by: ConcordanceSort, page: number, pageSize: number): ConcordancePage {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(l.documentOrdinal, (counts.get(l.documentOrdinal) ?? 0) + 1);
  const sorted = sortLines(lines, by);
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const p = Math.min(Math.max(1, page), pages);
  return {
    total: sorted.length,
    page: p,
    pageSize,
    lines: sorted.slice((p - 1) * pageSize, p * pageSize),
    perDocument: [...counts].map(([documentOrdinal, uses]) => ({ documentOrdinal, uses })),
  };
}
