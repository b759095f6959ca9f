const LETTER = /\p{L}/gu;

/**
 * Evidence is read by people: a term made only of single letters and numbers ("e g", "0 0", "2") is a
 * tokenisation artefact, not a phrase anyone can weigh. A term is kept when one of its words has two or more
 * letters.
 */
export function isReadableTerm(term: string): boolean {
  return term.split(" ").some((word) => (word.match(LETTER)?.length ?? 0) >= 2);
}
