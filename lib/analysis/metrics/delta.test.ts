import { describe, expect, it } from "vitest";
import { burrowsDelta, cosine, cosineDelta, zScoreColumns } from "@/lib/analysis/metrics/delta";

// Three corpora x two words (relative frequencies). Column 1: mean 2, sd 1; column 2: mean 20, sd 10.
const freqs = [
  [1, 10],
  [2, 30],
  [3, 20],
];

describe("zScoreColumns", () => {
  it("standardises each column with the sample sd", () => {
    const z = zScoreColumns(freqs).map((r) => [...r]);
    expect(z[0][0]).toBeCloseTo(-1);
    expect(z[0][1]).toBeCloseTo(-1);
    expect(z[1][0]).toBeCloseTo(0);
    expect(z[1][1]).toBeCloseTo(1);
    expect(z[2][0]).toBeCloseTo(1);
    expect(z[2][1]).toBeCloseTo(0);
  });
  it("maps constant columns to zero", () => {
    expect([...zScoreColumns([[5], [5]])[0]]).toEqual([0]);
  });
});

describe("Delta", () => {
  const z = zScoreColumns(freqs);
  it("Burrows' Delta is the mean absolute z difference", () => {
    // corpus 0 (-1,-1) vs corpus 1 (0,1): (1 + 2) / 2
    expect(burrowsDelta(z[0], z[1])).toBeCloseTo(1.5);
    // corpus 0 vs corpus 2 (1,0): (2 + 1) / 2
    expect(burrowsDelta(z[0], z[2])).toBeCloseTo(1.5);
    expect(burrowsDelta(z[1], z[1])).toBe(0);
  });
  it("Cosine Delta is one minus the cosine of z vectors", () => {
    // (-1,-1)·(0,1) = -1; |a| = √2, |b| = 1 → cos = -1/√2
    expect(cosineDelta(z[0], z[1])).toBeCloseTo(1 + 1 / Math.SQRT2);
    // (0,1)·(1,0) = 0 → 1
    expect(cosineDelta(z[1], z[2])).toBeCloseTo(1);
  });
  it("cosine of a zero vector is 0", () => {
    expect(cosine([0, 0], [1, 2])).toBe(0);
  });
});
