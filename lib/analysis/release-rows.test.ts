import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { toyAnalysis } from "@/test/support/toy-corpora";

describe("analyze with releaseRows", () => {
  it("drops the rows and char buckets once read, with the same result as keeping them", async () => {
    const kept = toyAnalysis();
    const released = toyAnalysis();
    const { createdAt: _a, timings: _b, ...withRows } = await analyze(kept);
    const { createdAt: _c, timings: _d, ...withoutRows } = await analyze({ ...released, releaseRows: true });
    expect(withoutRows).toEqual(withRows);
    for (const c of [...released.sources, ...released.candidates]) {
      expect(c.features.docChars.index.length + c.features.docWords.index.length + c.features.chars.index.length).toBe(0);
    }
    expect(kept.sources[0].features.chars.index.length).toBeGreaterThan(0);
  });
});
