import { describe, expect, it } from "vitest";
import { computeFeatures } from "@/lib/features/compute-features";
import { hashString, promptFolds } from "@/lib/analysis/attribution/prompt-folds";

describe("hashString", () => {
  it("is FNV-1a 32-bit", () => {
    // published FNV-1a test vectors
    expect(hashString("")).toBe(0x811c9dc5);
    expect(hashString("a")).toBe(0xe40c292c);
  });
});

describe("promptFolds", () => {
  it("puts every answer to one prompt in the same fold, in every corpus", () => {
    const prompts = Array.from({ length: 30 }, (_, i) => `prompt number ${i}`);
    const a = computeFeatures(prompts.map((prompt, ordinal) => ({ ordinal, text: `answer a ${ordinal}`, prompt })));
    const b = computeFeatures([...prompts].reverse().map((prompt, ordinal) => ({ ordinal, text: `answer b ${ordinal}`, prompt })));
    const fa = promptFolds(a, 3);
    const fb = promptFolds(b, 3);
    for (let i = 0; i < 30; i++) expect(fa[i]).toBe(fb[29 - i]);
    expect(new Set(fa).size).toBe(3);
  });
});
