// Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words").
// The prior for a term is alpha0 times its share of the background; the result is a z-score.

export type LogOddsInput = {
  /** count of the term in the focus group and its total tokens */
  focus: number;
  focusTotal: number;
  /** count and total in the comparison group */
  other: number;
  otherTotal: number;
  /** the term's background share (e.g. pooled over all corpora) and the prior's total weight */
  backgroundShare: number;
  alpha0: number;
};

export function logOddsZ({ focus, focusTotal, other, otherTotal, backgroundShare, alpha0 }: LogOddsInput): number {
  return logOddsZOf(focus, focusTotal, other, otherTotal, backgroundShare, alpha0);
}

/** logOddsZ with its inputs in order: for loops that call it millions of times (no argument object). */
export function logOddsZOf(focus: number, focusTotal: number, other: number, otherTotal: number, backgroundShare: number, alpha0: number): number {
  const a = alpha0 * backgroundShare;
  if (a <= 0) return 0;
  // The "rest" mass is floored at half a count: a term in every unit (an opener of every document) stays finite.
  // One logarithm of the odds ratio (the difference of two log-odds): it runs millions of times per analysis.
  const d = Math.log(((focus + a) * Math.max(0.5, otherTotal + alpha0 - other - a)) / ((other + a) * Math.max(0.5, focusTotal + alpha0 - focus - a)));
  const variance = 1 / (focus + a) + 1 / (other + a);
  return d / Math.sqrt(variance);
}
