import { describe, expect, it } from "vitest";
import {
  applyKnots,
  ATTRIBUTION_THRESHOLD,
  candidateConfidence,
  confidenceCeiling,
  fitCalibration,
  fitKnots,
  marginInSe,
  openSetTrialsFor,
  type CalibrationTrial,
} from "@/lib/analysis/attribution/calibration";

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
    // ten absent trials below every right one; the eleventh lies beyond them all
    const below = Array.from({ length: 10 }, (_, i) => ({ margin: i / 10, correct: false, kind: "absent" as const }));
    const c = fitCalibration([...right, ...below, { margin: 20, correct: false, kind: "absent" }]);
    expect(c).toMatchObject({ trials: 23, correct: 12, openSetTrials: 11, wrongTrials: 11, threshold: ATTRIBUTION_THRESHOLD });
    expect(c.falseAttributions).toBe(1);
    // with two open-set trials, one left out leaves a ceiling of 2/3: nothing would have been attributed
    expect(fitCalibration([...right, below[0], { margin: 20, correct: false, kind: "absent" }]).falseAttributions).toBe(0);
  });
});

describe("applyKnots", () => {
  const knots = [{ margin: 1, p: 0.6 }, { margin: 3, p: 0.9 }];
  it("steps: a margin gets the rate of the last knot at or below it", () => {
    expect(applyKnots(knots, 2)).toBe(0.6);
    expect(applyKnots(knots, 3)).toBe(0.9);
    expect(applyKnots(knots, 0)).toBe(0.6);
    expect(applyKnots(knots, 10)).toBe(0.9);
    expect(applyKnots(knots, NaN)).toBeNaN();
  });
});

describe("confidenceCeiling", () => {
  it("is the rule of succession over the open-set trials: a coin flip with none, 90% from eight", () => {
    expect(confidenceCeiling(0)).toBe(0.5);
    expect(confidenceCeiling(3)).toBe(0.8);
    expect(confidenceCeiling(8)).toBe(0.9);
    expect(openSetTrialsFor(0.9)).toBe(8);
    expect(openSetTrialsFor(0.95)).toBe(18);
  });
});

describe("candidateConfidence", () => {
  const size = (documents: number, words: number) => ({ documents, words });
  // right trials far out, wrong ones near zero: the fit alone would give a wide margin ~96%
  const trials = (openSet: number): CalibrationTrial[] => [
    ...Array.from({ length: 24 }, (_, i) => ({ margin: 4 + i / 10, correct: true, kind: "present" as const, size: size(40 + i, 8000 + i) })),
    ...Array.from({ length: openSet }, (_, i) => ({ margin: i / 10, correct: false, kind: "absent" as const, size: size(800, 160_000) })),
  ];
  it("caps a wide lead at the ceiling its open-set trials allow, and says when that is below the threshold", () => {
    const few = fitCalibration(trials(3));
    expect(few.ceiling).toBe(0.8);
    expect(candidateConfidence(few, 10, size(800, 160_000), 1)).toEqual({ confidence: 0.8, limit: { kind: "few-sources", openSetTrials: 3 } });
    // a lead the fit itself finds unclear keeps the fit's own (lower) confidence, and no limit is blamed
    expect(candidateConfidence(few, 0.15, size(800, 160_000), 1).limit).toBeNull();
    const many = fitCalibration(trials(11));
    const rated = candidateConfidence(many, 10, size(800, 160_000), 1);
    expect(rated.limit).toBeNull();
    expect(rated.confidence).toBeGreaterThanOrEqual(ATTRIBUTION_THRESHOLD);
    expect(rated.confidence).toBeLessThanOrEqual(confidenceCeiling(11));
  });
  it("gives a candidate smaller than every trial's pseudo-candidate no more than a coin flip", () => {
    const c = fitCalibration(trials(11));
    expect(c.smallestTrial).toEqual(size(40, 8000));
    expect(candidateConfidence(c, 10, size(1, 2), 1)).toEqual({ confidence: 0.5, limit: { kind: "small-sample", size: size(1, 2), smallest: size(40, 8000) } });
    // enough documents but too few words is outside too
    expect(candidateConfidence(c, 10, size(500, 7999), 1).limit?.kind).toBe("small-sample");
  });
  it("has no calibrated confidence without trials or a bootstrap margin", () => {
    expect(candidateConfidence(fitCalibration([]), 3, size(800, 160_000), 1)).toEqual({ confidence: 0.5, limit: { kind: "uncalibrated" } });
    expect(candidateConfidence(fitCalibration(trials(11)), NaN, size(800, 160_000), 0.3)).toEqual({ confidence: 0.3, limit: { kind: "uncalibrated" } });
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
