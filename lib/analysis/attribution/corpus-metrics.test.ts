import { describe, expect, it } from "vitest";
import { corpusMetrics } from "@/lib/analysis/attribution/corpus-metrics";
import type { Profile } from "@/lib/analysis/attribution/profiles";
import { cosine } from "@/lib/analysis/metrics/delta";
import { jensenShannon } from "@/lib/analysis/metrics/jensen-shannon";

const profile = (words: number[], tokens: number, chars: number[]): Profile => ({
  words: Float64Array.from(words),
  tokens,
  chars: Float64Array.from(chars),
  style: Float64Array.from([1, 2]),
});

describe("corpusMetrics", () => {
  const profiles = [
    profile([5, 3, 0, 2], 12, [4, 0, 1]),
    profile([1, 1, 4, 0], 10, [1, 2, 2]),
    profile([2, 6, 1, 1], 10, [0, 3, 3]),
  ];
  const t = corpusMetrics(profiles, [0, 1], [2], [0, 1]);

  it("computes JSD over the shared words plus the 'other words' bucket", () => {
    // corpus 0 has 12 tokens and 10 shared-word tokens: 2 in the other bucket; corpus 2 has 0 there
    expect(t.pairs["jensen-shannon"]![0][0]).toBeCloseTo(jensenShannon([5, 3, 0, 2, 2], [2, 6, 1, 1, 0]), 12);
    expect(t.pairs["jensen-shannon"]![0][1]).toBeCloseTo(jensenShannon([1, 1, 4, 0, 4], [2, 6, 1, 1, 0]), 12);
  });

  it("computes the char cosine of shares minus the mean share", () => {
    const shares = [
      [4 / 5, 0, 1 / 5],
      [1 / 5, 2 / 5, 2 / 5],
      [0, 1 / 2, 1 / 2],
    ];
    const mean = [0, 1, 2].map((j) => (shares[0][j] + shares[1][j] + shares[2][j]) / 3);
    const dev = shares.map((r) => r.map((v, j) => v - mean[j]));
    expect(t.pairs["char-ngram-cosine"]![0][0]).toBeCloseTo(cosine(dev[2], dev[0]), 12);
    expect(t.pairs["char-ngram-cosine"]![0][1]).toBeCloseTo(cosine(dev[2], dev[1]), 12);
  });
});
