import { describe, expect, it } from "vitest";
import { warmUpAnalysis } from "./warm-up-analysis";

// The warm-up is only worth its second of CPU if it runs the code a real analysis runs: every stage, with
// the made-up corpora different enough for each metric, the snippets, the calibration and the alignment.
describe("warmUpAnalysis", () => {
  it("runs every stage of an analysis on its made-up corpora", async () => {
    const result = await warmUpAnalysis();
    expect(result.sources).toHaveLength(5);
    expect(result.candidates).toHaveLength(2);
    for (const candidate of result.candidates) {
      expect(candidate.ranking).toHaveLength(5);
      expect(candidate.ranking.every((r) => Number.isFinite(r.score) && r.high >= r.low)).toBe(true);
      expect(Object.keys(candidate.metrics)).toEqual(expect.arrayContaining(["burrows-delta", "jensen-shannon", "char-ngram-cosine", "classifier", "prompt-aligned"]));
      expect(candidate.promptAligned?.sharedPrompts).toBeGreaterThan(0);
      const terms = candidate.evidence.flatMap((pair) => pair.terms);
      expect(terms.length).toBeGreaterThan(0);
      expect(terms.some((t) => t.snippets.candidate.length > 0 && t.snippets.source.length > 0)).toBe(true);
      expect(candidate.copies).toEqual([]);
    }
    expect(result.separability.accuracy).toBeGreaterThan(result.separability.chance);
    expect(result.calibration?.trials).toBeGreaterThan(0);
    expect(result.calibration?.openSetTrials).toBeGreaterThan(0);
  });
});
