import { describe, expect, it } from "vitest";
import { applyCalibration, ATTRIBUTION_THRESHOLD, fitCalibration, fitKnots, marginInSe } from "@/lib/analysis/attribution/calibration";

describe("fitKnots", () => {
  it("pools violators with the coin-flip anchor, smooths each block and steps at each block's first margin", () => {
    // sorted: (0, .5 anchor) (1, 0) (2, 1) (3, 0) (4, 1)
    // PAVA: [.5, 0] → .25 (weight 2, from 0); [1, 0] → .5 (weight 2, from 2); [1] (weight 1, from 4)
    // smoothed (sum + ½)/(weight + 1): 1/3, 1.5/3 = .5, 1.5/2 = .75
    const knots = fitKnots([
      { margin: 1, correct: false },
      { margin: 2, correct: true },
      { margin: 3, correct: false },
      { margin: 4, correct: true },
    ]);
    expect(knots.map((k) => k.margin)).toEqual([0, 2, 4]);
    expect(knots[0].p).toBeCloseTo(1 / 3);
    expect(knots[1].p).toBeCloseTo(0.5);
    expect(knots[2].p).toBeCloseTo(0.75);
  });
  it("gives trials whose true source was absent the same total weight as the others", () => {
    // two present trials right at 3 and 4 (weight ¾ each), one absent at 5 (weight 1½): the absent trial
    // pools everything back to the anchor's coin flip, (2 + ½)/(4 + 1) = ½
    const knots = fitKnots([
      { margin: 3, correct: true, kind: "present" },
      { margin: 4, correct: true, kind: "present" },
      { margin: 5, correct: false, kind: "absent" },
    ]);
    expect(knots).toEqual([{ margin: 0, p: 0.5 }]);
  });
});

describe("fitCalibration", () => {
  it("counts, leave-one-out, the wrong trials a fit that never saw them would have attributed", () => {
    const right = Array.from({ length: 12 }, (_, i) => ({ margin: 3 + i, correct: true, kind: "present" as const }));
    // the absent trial at 1 is below every right one; the one at 20 lies beyond them all
    const c = fitCalibration([...right, { margin: 1, correct: false, kind: "absent" }, { margin: 20, correct: false, kind: "absent" }]);
    expect(c).toMatchObject({ trials: 14, correct: 12, openSetTrials: 2, wrongTrials: 2, threshold: ATTRIBUTION_THRESHOLD });
    expect(c.falseAttributions).toBe(1);
  });
});

describe("applyCalibration", () => {
  const c = { knots: [{ margin: 1, p: 0.6 }, { margin: 3, p: 0.9 }] };
  it("steps: a margin gets the rate of the last knot at or below it", () => {
    expect(applyCalibration(c, 2)).toBe(0.6);
    expect(applyCalibration(c, 3)).toBe(0.9);
    expect(applyCalibration(c, 0)).toBe(0.6);
    expect(applyCalibration(c, 10)).toBe(0.9);
    expect(applyCalibration(c, NaN)).toBeNaN();
  });
});

describe("marginInSe", () => {
  it("divides the top-two gap by the bootstrap sd of their difference", () => {
    // point: top 0 (3), second 2 (2), gap 1; replicate differences 0.5, 1.5 → mean 1, sd √0.5
    const m = marginInSe([3, 0, 2], [
      [2.5, 0, 2],
      [3.5, 0, 2],
    ]);
    expect(m.top).toBe(0);
    expect(m.second).toBe(2);
    expect(m.margin).toBeCloseTo(1 / Math.sqrt(0.5));
  });
  it("is NaN without replicates", () => {
    expect(marginInSe([1, 0], []).margin).toBeNaN();
  });
});
