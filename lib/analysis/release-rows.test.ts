import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { toyAnalysis } from "@/test/support/toy-corpora";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { encodedTermsOf } from "@/lib/features/term-list-bytes";

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
  it("drops a stored fingerprint's rows without reading its phrase tables' terms, which stay readable", async () => {
    const stored = toyAnalysis();
    for (const c of [...stored.sources, ...stored.candidates]) c.features = deserializeFeatures(serializeFeatures(c.features));
    const { createdAt: _a, timings: _b, ...fromMemory } = await analyze(toyAnalysis());
    const { createdAt: _c, timings: _d, ...fromStored } = await analyze({ ...stored, releaseRows: true });
    expect(fromStored).toEqual(fromMemory);
    const source = stored.sources[0].features;
    expect(source.docChars.counts.length).toBe(0);
    expect(encodedTermsOf(source.bigrams)).not.toBeNull();
    expect(source.bigrams.terms).toEqual(toyAnalysis().sources[0].features.bigrams.terms);
  });
});
