const LETTER = /\p{L}/u;

/**
 * Evidence is read by people: a term made only of single letters and numbers ("e g", "0 0", "2") is a
 * tokenisation artefact, not a phrase anyone can weigh. A term is kept when one of its words (split at " ")
 * has two or more letters (\p{L}, counted by code point). Read in place: the analysis asks of every term a
 * candidate uses three times or more, and splitting and matching each cost arrays.
 */
export function isReadableTerm(term: string): boolean {
  let letters = 0;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c === 0x20) {
      letters = 0;
      continue;
    }
    let letter: boolean;
    if (c < 0x80) letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    else {
      const cp = term.codePointAt(i)!;
      if (cp > 0xffff) i++;
      letter = LETTER.test(String.fromCodePoint(cp));
    }
    if (letter && ++letters >= 2) return true;
  }
  return false;
}
