import { describe, expect, it } from "vitest";
import { computeFeatures } from "@/lib/features/compute-features";
import { deserializeFeatures, packFeatures, serializeFeatures, unpackFeatures } from "@/lib/features/serialize-features";
import { releaseBuffers } from "@/lib/threads/release-buffers";

describe("serializeFeatures", () => {
  it("round-trips every field, typed arrays included", () => {
    const f = computeFeatures([
      { ordinal: 0, text: "Certainly! Here is a **list**:\n\n- one — two", prompt: "Give a list", promptId: "p1" },
      { ordinal: 1, text: "Here is a list. Here is a list again…", prompt: null },
    ]);
    const bytes = serializeFeatures(f);
    const back = deserializeFeatures(bytes);
    expect(back).toEqual(f);
    expect(back.docWords.counts).toBeInstanceOf(Uint16Array);
    expect(back.docs.mattr).toBeInstanceOf(Float32Array);
  });
  it("packs into two buffers, the parts only the analysis space reads apart, and unpacks to the same fingerprint", () => {
    const f = computeFeatures([
      { ordinal: 0, text: "Certainly! Here is a **list**:\n\n- one — two", prompt: "Give a list", promptId: "p1" },
      { ordinal: 1, text: "Here is a list. Here is a list again…", prompt: null },
    ]);
    const back = unpackFeatures(structuredClone(packFeatures(f)));
    expect(back).toEqual(f);
    expect(back.docChars.index.buffer).toBe(back.docWords.counts.buffer);
    expect(back.docChars.index.buffer).toBe(back.chars.index.buffer);
    expect(back.docChars.index.buffer).not.toBe(back.unigrams.counts.buffer);
    // Releasing the rows' buffer leaves every other part readable.
    releaseBuffers([back.docChars.index.buffer]);
    expect(back.docChars.index.length).toBe(0);
    expect(back.unigrams.counts).toEqual(f.unigrams.counts);
  });
  it("rejects bytes that are not a feature set", async () => {
    const { gzipSync } = await import("fflate");
    expect(() => deserializeFeatures(gzipSync(new TextEncoder().encode("nope")))).toThrow(/feature set/);
  });
});
