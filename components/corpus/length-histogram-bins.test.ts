import { describe, expect, it } from "vitest";
import { lengthHistogramBins, summarizeLengths } from "./length-histogram-bins";

describe("lengthHistogramBins", () => {
  it("returns no bins for no documents", () => {
    expect(lengthHistogramBins([])).toEqual([]);
  });

  it("uses width-1 bins when the span is small", () => {
    // span 3..5 = 3 values, target 5 bins → width 1, 3 bins.
    expect(lengthHistogramBins([3, 4, 4, 5])).toEqual([
      { from: 3, to: 3, count: 1 },
      { from: 4, to: 4, count: 2 },
      { from: 5, to: 5, count: 1 },
    ]);
  });

  it("widens bins to whole tokens and counts every document once", () => {
    // 100 values 0..99: sqrt(100) = 10 bins of width 10.
    const lengths = Array.from({ length: 100 }, (_, i) => i);
    const bins = lengthHistogramBins(lengths);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toEqual({ from: 0, to: 9, count: 10 });
    expect(bins[9]).toEqual({ from: 90, to: 99, count: 10 });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(100);
  });

  it("caps the bin count", () => {
    const lengths = Array.from({ length: 10_000 }, (_, i) => i);
    // sqrt = 100 → capped at 40; width ceil(10000/40) = 250.
    const bins = lengthHistogramBins(lengths);
    expect(bins).toHaveLength(40);
    expect(bins[0]).toEqual({ from: 0, to: 249, count: 250 });
  });

  it("puts identical lengths in one bin", () => {
    expect(lengthHistogramBins([7, 7, 7])).toEqual([{ from: 7, to: 7, count: 3 }]);
  });
});

describe("summarizeLengths", () => {
  it("computes mean and median for odd and even counts", () => {
    expect(summarizeLengths([5, 1, 3])).toEqual({ mean: 3, median: 3, min: 1, max: 5 });
    expect(summarizeLengths([1, 2, 3, 10])).toEqual({ mean: 4, median: 2.5, min: 1, max: 10 });
  });
  it("is null for no documents", () => {
    expect(summarizeLengths([])).toBeNull();
  });
});
