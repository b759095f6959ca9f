import { afterEach, describe, expect, it } from "vitest";
import { computeFeatures } from "@/lib/features/compute-features";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { encodedTermsOf } from "@/lib/features/term-list-bytes";
import { keepRecentFeatures, recallFeatures, rememberFeatures } from "./recent-features";

afterEach(() => keepRecentFeatures(false));

describe("rememberFeatures", () => {
  it("keeps a stored fingerprint's phrase tables as bytes (weighing them does not read their terms)", () => {
    keepRecentFeatures(true);
    const stored = deserializeFeatures(serializeFeatures(computeFeatures([{ ordinal: 0, text: "we delve into the rich tapestry, we delve into it" }])));
    rememberFeatures("cor_lazy", stored);
    expect(recallFeatures("cor_lazy", stored.version)).toBe(stored);
    expect(encodedTermsOf(stored.bigrams)).not.toBeNull();
    expect(encodedTermsOf(stored.trigrams)).not.toBeNull();
  });
});
