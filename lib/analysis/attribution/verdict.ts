// Verdict: the top source, unless the sources cannot be told apart (cross-validated accuracy not clearly
// above chance) or the top two 95% intervals overlap. Confidence is the calibrated probability that the top
// source is right (calibration.ts), whatever the status.

import type { RankingEntry, Separability, Verdict } from "@/lib/analysis/result-types";

/** Separable when CV accuracy exceeds chance by three binomial standard errors (and there are 2+ sources). */
export function isSeparable(accuracy: number, classes: number, n: number): boolean {
  if (classes < 2 || n === 0) return false;
  const chance = 1 / classes;
  return accuracy > chance + 3 * Math.sqrt((chance * (1 - chance)) / n);
}

export function decideVerdict(
  ranking: RankingEntry[],
  confidence: number,
  separability: Separability,
  detail: { support?: number; margin?: number } = {},
): Verdict {
  const support = confidence;
  const [top, second] = ranking;
  if (!top) return { source: null, confidence: 0, status: "inconclusive", reason: "No sources to compare against." };
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  if (!separability.separable) {
    return {
      source: null,
      confidence: support,
      status: "inconclusive",
      reason: `The sources are not separable: cross-validated accuracy ${pct(separability.accuracy)} vs chance ${pct(separability.chance)}.`,
    };
  }
  if (second && top.low <= second.high) {
    return {
      source: null,
      confidence: support,
      status: "inconclusive",
      reason: `${top.source} leads ${second.source} (${top.score.toFixed(2)} vs ${second.score.toFixed(2)}), but their 95% intervals overlap.`,
    };
  }
  return {
    source: top.source,
    confidence: support,
    status: "attributed",
    reason:
      detail.support === undefined
        ? `${top.source}'s interval is clear of ${second?.source ?? "the rest"}; calibrated confidence ${pct(confidence)}.`
        : `${top.source} ranks first in ${pct(detail.support)} of bootstrap replicates${
            detail.margin !== undefined && Number.isFinite(detail.margin) ? ` (margin ${detail.margin.toFixed(1)} SE)` : ""
          }; its interval is clear of ${second?.source ?? "the rest"}; calibrated confidence ${pct(confidence)}.`,
  };
}
