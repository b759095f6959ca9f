// Calibrated confidence. A pseudo-trial is a held-out attribution whose answer is known: one source's
// documents on the prompts of one fold play the candidate, every source keeps only its other folds. Each
// trial gives a margin (top-1 minus top-2 combined z, in bootstrap standard errors) and whether the top-1
// was the true source. An isotonic (monotone) fit of "right" on the margin, anchored at a coin flip for a
// zero margin, maps a real candidate's margin to the probability that its top source is right.

export type Trial = { margin: number; correct: boolean };
export type Calibration = { trials: number; correct: number; knots: { margin: number; p: number }[] };

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

/**
 * Pool-adjacent-violators over the trials sorted by margin, plus an anchor (margin 0, half right). Each
 * pooled block's rate is smoothed as (right + ½) / (n + 1), so no confidence reaches 0 or 1, and a running
 * maximum keeps the smoothed rates monotone. Knots sit at each block's mean margin.
 */
export function fitCalibration(trials: Trial[]): Calibration {
  const points = [{ margin: 0, y: 0.5 }, ...trials.filter((t) => Number.isFinite(t.margin)).map((t) => ({ margin: Math.max(0, t.margin), y: t.correct ? 1 : 0 }))];
  points.sort((a, b) => a.margin - b.margin);
  const blocks: { sum: number; n: number; marginSum: number }[] = [];
  for (const p of points) {
    blocks.push({ sum: p.y, n: 1, marginSum: p.margin });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (a.sum / a.n < b.sum / b.n) break; // equal rates pool too, so a run of successes is one block
      blocks.splice(blocks.length - 2, 2, { sum: a.sum + b.sum, n: a.n + b.n, marginSum: a.marginSum + b.marginSum });
    }
  }
  let floor = 0;
  const knots = blocks.map((b) => {
    floor = Math.max(floor, (b.sum + 0.5) / (b.n + 1));
    return { margin: b.marginSum / b.n, p: floor };
  });
  return { trials: trials.length, correct: trials.filter((t) => t.correct).length, knots };
}

/** Piecewise-linear between knots, flat beyond the ends; NaN margins (no bootstrap) give NaN. */
export function applyCalibration(c: Calibration, margin: number): number {
  const k = c.knots;
  if (Number.isNaN(margin) || k.length === 0) return NaN;
  if (margin <= k[0].margin) return k[0].p;
  for (let i = 1; i < k.length; i++) {
    if (margin <= k[i].margin) {
      const t = (margin - k[i - 1].margin) / (k[i].margin - k[i - 1].margin);
      return k[i - 1].p + t * (k[i].p - k[i - 1].p);
    }
  }
  return k[k.length - 1].p;
}
