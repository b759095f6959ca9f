import { describe, expect, it } from "vitest";
import { applyCalibration, fitCalibration, marginInSe } from "@/lib/analysis/attribution/calibration";

describe("fitCalibration", () => {
  it("pools violators with the coin-flip anchor and smooths each block", () => {
    // sorted: (0, .5 anchor) (1, 0) (2, 1) (3, 0) (4, 1)
    // PAVA: [.5, 0] → .25 (n 2, margins 0,1); [1, 0] → .5 (n 2, margins 2,3); [1] (n 1, margin 4)
    // smoothed (sum + ½)/(n + 1): 1/3, 1.5/3 = .5, 1.5/2 = .75 at mean margins .5, 2.5, 4
    const c = fitCalibration([
      { margin: 1, correct: false },
      { margin: 2, correct: true },
      { margin: 3, correct: false },
      { margin: 4, correct: true },
    ]);
    expect(c.knots.map((k) => k.margin)).toEqual([0.5, 2.5, 4]);
    expect(c.knots[0].p).toBeCloseTo(1 / 3);
    expect(c.knots[1].p).toBeCloseTo(0.5);
    expect(c.knots[2].p).toBeCloseTo(0.75);
    expect(c).toMatchObject({ trials: 4, correct: 2 });
  });
  it("pools a run of successes into one block", () => {
    // anchor (0, .5) then three right at 2, 4, 6: blocks [.5] → (.5+.5)/2 = .5, and [1,1,1] → 3.5/4 at margin 4
    const c = fitCalibration([2, 4, 6].map((margin) => ({ margin, correct: true })));
    expect(c.knots).toEqual([
      { margin: 0, p: 0.5 },
      { margin: 4, p: 0.875 },
    ]);
  });
});

describe("applyCalibration", () => {
  const c = { trials: 0, correct: 0, knots: [{ margin: 1, p: 0.6 }, { margin: 3, p: 0.9 }] };
  it("interpolates linearly and is flat beyond the knots", () => {
    expect(applyCalibration(c, 2)).toBeCloseTo(0.75);
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
