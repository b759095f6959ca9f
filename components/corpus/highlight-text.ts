import { findAllMatches } from "@/lib/analysis/evidence/keyword-in-context";

export type TextPart = { text: string; match: boolean };

/** Splits text around case-insensitive occurrences of `query`, so matches can be wrapped in <mark>. */
export function splitMatches(text: string, query: string | undefined): TextPart[] {
  const q = query?.trim();
  if (!q) return [{ text, match: false }];
  const hay = text.toLowerCase();
  const needle = q.toLowerCase();
  // Lower-casing can change length (e.g. "İ"); then offsets would not line up, so do not highlight.
  if (hay.length !== text.length) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let at = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, at)) {
    if (i > at) parts.push({ text: text.slice(at, i), match: false });
    parts.push({ text: text.slice(i, i + needle.length), match: true });
    at = i + needle.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/**
 * Splits text around whole-word uses of an evidence term (the concordance's matching: case-insensitive, any
 * punctuation or spacing between a phrase's words, never inside a longer word).
 */
export function splitTermMatches(text: string, term: string | undefined): TextPart[] {
  const t = term?.trim();
  if (!t) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of findAllMatches(text, t)) {
    if (m.start > at) parts.push({ text: text.slice(at, m.start), match: false });
    parts.push({ text: text.slice(m.start, m.end), match: true });
    at = m.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false });
  return parts;
}
