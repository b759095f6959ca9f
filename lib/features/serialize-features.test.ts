import { describe, expect, it } from "vitest";
import { computeFeatures } from "@/lib/features/compute-features";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";

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
  it("rejects bytes that are not a feature set", async () => {
    const { gzipSync } = await import("fflate");
    expect(() => deserializeFeatures(gzipSync(new TextEncoder().encode("nope")))).toThrow(/feature set/);
  });
});
