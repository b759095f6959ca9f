// Open-set calibrated confidence. Trials with a known answer (calibration-trials.ts) each give a margin
// (top-1 minus top-2 combined z, in bootstrap standard errors) and whether naming the top source would have
// been right. Trials where the true source was left out can only be wrong. An isotonic (monotone) fit of
// "right" on the margin, anchored at a coin flip for a zero margin, maps a real candidate's margin to the
// probability that naming its top source is right, given that its real teacher may not be among the
// sources. The two kinds of trial get equal total weight: a priori, even odds that the teacher was uploaded.
// Two limits keep the fit from claiming more than its trials can show: a ceiling from how many open-set trials
// there were (few sources, few of them), and no calibrated confidence for a candidate smaller than every
// trial's pseudo-candidate (its bootstrap cannot see its own sampling error).

import type { SampleSize } from "@/lib/analysis/attribution/profiles";

export type CalibrationTrial = { margin: number; correct: boolean; kind?: "present" | "absent"; size?: SampleSize };
export type Knot = { margin: number; p: number };
export type Calibration = {
  trials: number;
  correct: number;
  knots: Knot[];
  openSetTrials: number;
  threshold: number;
  /** wrong trials (true source absent, or another source ranked first) that a fit without them would have attributed */
  falseAttributions: number;
  /** wrong trials in all */
  wrongTrials: number;
  /** the most this calibration can claim: confidenceCeiling(openSetTrials) */
  ceiling: number;
  /** the smallest pseudo-candidate among the trials with the source present (documents and words, each its own minimum) */
  smallestTrial: SampleSize | null;
};

/** Why a candidate's confidence is held down, for the verdict's reason. */
export type ConfidenceLimit =
  | { kind: "uncalibrated" }
  | { kind: "small-sample"; size: SampleSize; smallest: SampleSize }
  | { kind: "few-sources"; openSetTrials: number };

/** Calibrated confidence a verdict needs to name a source. */
export const ATTRIBUTION_THRESHOLD = 0.9;

/**
 * The most a calibration with k open-set trials can claim (Laplace's rule of succession): a candidate whose
 * teacher is missing leads by more than all k trials' margins 1 time in k + 1, so at even odds that the
 * teacher was uploaded, naming its top source is wrong at least 1 time in k + 2.
 */
export function confidenceCeiling(openSetTrials: number): number {
  return (openSetTrials + 1) / (openSetTrials + 2);
}

/** Open-set trials a calibration needs before its ceiling reaches `threshold` (8 for 90%). */
export function openSetTrialsFor(threshold: number): number {
  let k = 0;
  while (confidenceCeiling(k) < threshold) k++;
  return k;
}

/** Sources an analysis needs before a verdict can name one: each left out once is an open-set trial (from 3 on). */
export function sourcesForVerdict(threshold = ATTRIBUTION_THRESHOLD): number {
  return Math.max(3, openSetTrialsFor(threshold));
}

/** Margin of the top two entries of `point` in units of the bootstrap sd of their difference. */
export function marginInSe(point: number[], replicates: number[][]): { top: number; second: number; margin: number } {
  let top = -1;
  let second = -1;
  for (let s = 0; s < point.length; s++) {
    if (top < 0 || point[s] > point[top]) {
      second = top;
      top = s;
    } else if (second < 0 || point[s] > point[second]) second = s;
  }
  if (second < 0) return { top, second, margin: Infinity };
  const diffs = replicates.map((z) => z[top] - z[second]);
  const n = diffs.length;
  const mean = diffs.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const sd = Math.sqrt(diffs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
  const gap = point[top] - point[second];
  return { top, second, margin: n < 2 ? NaN : sd > 0 ? gap / sd : gap > 0 ? Infinity : 0 };
}

/** Each trial's weight: present and absent trials get equal total weight (when both kinds exist). */
function trialWeights(trials: CalibrationTrial[]): number[] {
  const absent = trials.filter((t) => t.kind === "absent").length;
  const present = trials.length - absent;
  if (absent === 0 || present === 0) return trials.map(() => 1);
  const half = trials.length / 2;
  return trials.map((t) => (t.kind === "absent" ? half / absent : half / present));
}

/**
 * Weighted pool-adjacent-violators over the trials sorted by margin, plus an anchor (margin 0, half right,
 * weight 1). Each pooled block's rate is smoothed as (right + ½) / (weight + 1), so no confidence reaches
 * 0 or 1, and a running maximum keeps the smoothed rates monotone. A knot sits at each block's smallest
 * margin: the fit is a step function, and a margin between two blocks gets the lower block's rate.
 */
export function fitKnots(trials: CalibrationTrial[]): Knot[] {
  const weights = trialWeights(trials);
  const points = [
    { margin: 0, y: 0.5, w: 1 },
    ...trials.flatMap((t, i) => (Number.isFinite(t.margin) ? [{ margin: Math.max(0, t.margin), y: t.correct ? 1 : 0, w: weights[i] }] : [])),
  ];
  points.sort((a, b) => a.margin - b.margin);
  const blocks: { sum: number; w: number; from: number }[] = [];
  for (const p of points) {
    blocks.push({ sum: p.y * p.w, w: p.w, from: p.margin });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (a.sum / a.w < b.sum / b.w) break; // equal rates pool too, so a run of successes is one block
      blocks.splice(blocks.length - 2, 2, { sum: a.sum + b.sum, w: a.w + b.w, from: a.from });
    }
  }
  let floor = 0;
  return blocks.map((b) => {
    floor = Math.max(floor, (b.sum + 0.5) / (b.w + 1));
    return { margin: b.from, p: floor };
  });
}

const openSetCount = (trials: CalibrationTrial[]) => trials.filter((t) => t.kind === "absent").length;

export function fitCalibration(trials: CalibrationTrial[], threshold = ATTRIBUTION_THRESHOLD): Calibration {
  const wrong = trials.filter((t) => !t.correct);
  // Leave-one-out: would a fit that never saw this wrong trial have named a source for it?
  const fittedWithout = (i: number) => {
    const rest = trials.filter((_, j) => j !== i);
    return Math.min(applyKnots(fitKnots(rest), trials[i].margin), confidenceCeiling(openSetCount(rest)));
  };
  const falseAttributions = trials.filter((t, i) => !t.correct && fittedWithout(i) >= threshold).length;
  // The present trials bound it: absent trials played on a small candidate's own prompts are as small as it.
  const present = trials.filter((t) => t.kind !== "absent");
  const sizes = (present.length > 0 ? present : trials).flatMap((t) => (t.size ? [t.size] : []));
  return {
    trials: trials.length,
    correct: trials.length - wrong.length,
    knots: fitKnots(trials),
    openSetTrials: openSetCount(trials),
    threshold,
    falseAttributions,
    wrongTrials: wrong.length,
    ceiling: confidenceCeiling(openSetCount(trials)),
    smallestTrial:
      sizes.length === 0 ? null : { documents: Math.min(...sizes.map((z) => z.documents)), words: Math.min(...sizes.map((z) => z.words)) },
  };
}

/**
 * A candidate's calibrated confidence that naming its top source is right, and what limits it. Without
 * trials or a bootstrap margin there is nothing to calibrate on, and a candidate smaller than every trial's
 * pseudo-candidate is outside what the trials measured: both get no more than a coin flip (the ceiling of
 * no open-set trials). `support` is the share of bootstrap replicates its top source led.
 */
export function candidateConfidence(c: Calibration, margin: number, size: SampleSize, support: number): { confidence: number; limit: ConfidenceLimit | null } {
  const coinFlip = confidenceCeiling(0);
  if (c.trials === 0 || Number.isNaN(margin)) return { confidence: Math.min(support, coinFlip), limit: { kind: "uncalibrated" } };
  const fitted = applyKnots(c.knots, margin);
  const smallest = c.smallestTrial;
  if (smallest && (size.documents < smallest.documents || size.words < smallest.words)) {
    return { confidence: Math.min(fitted, coinFlip), limit: { kind: "small-sample", size, smallest } };
  }
  const confidence = Math.min(fitted, c.ceiling);
  // The ceiling is the reason only where it is what keeps a clear lead below the threshold.
  if (c.ceiling < c.threshold && fitted >= c.threshold) {
    return { confidence, limit: { kind: "few-sources", openSetTrials: c.openSetTrials } };
  }
  return { confidence, limit: null };
}

/** The rate of the last knot at or below the margin (the first knot's below it); NaN margins (no bootstrap) give NaN. */
export function applyKnots(k: Knot[], margin: number): number {
  if (Number.isNaN(margin) || k.length === 0) return NaN;
  let p = k[0].p;
  for (const knot of k) if (margin >= knot.margin) p = knot.p;
  return p;
}
