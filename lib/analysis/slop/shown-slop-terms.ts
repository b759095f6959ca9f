import type { SlopProfileEntry } from "../result-types";

// What the results page shows of a slop profile. Numbers and symbols (list numbering "1", "2"…) top every
// profile because human word lists barely count them: they say how answers are laid out, not which words a
// model over-uses, so only terms with a letter are shown.
export const SLOP_TERMS_SHOWN = 8;
export const SLOP_TERMS_MORE = SLOP_TERMS_SHOWN * 3;
const HAS_LETTER = /\p{L}/u;

/** The profile's terms the page may show, in profile order, at most SLOP_TERMS_MORE. */
export function shownSlopTerms(terms: SlopProfileEntry[]): SlopProfileEntry[] {
  return terms.filter((t) => HAS_LETTER.test(t.term)).slice(0, SLOP_TERMS_MORE);
}
