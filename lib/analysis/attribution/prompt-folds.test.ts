import { describe, expect, it } from "vitest";
import { computeFeatures } from "@/lib/features/compute-features";
import { hashString, promptFolds, sourceFolds } from "@/lib/analysis/attribution/prompt-folds";

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

describe("sourceFolds", () => {
  const corpus = (prompt: (i: number) => string) =>
    computeFeatures(Array.from({ length: 12 }, (_, ordinal) => ({ ordinal, text: `answer ${ordinal}`, prompt: prompt(ordinal) })));
  it("groups by prompt when the prompts fill every fold", () => {
    const f = sourceFolds([corpus((i) => `prompt ${i}`), corpus((i) => `prompt ${i}`)], 3);
    expect(f.by).toBe("prompt");
  });
  it("deals documents round-robin when every record shares one prompt", () => {
    const f = sourceFolds([corpus(() => "the same prompt"), corpus(() => "the same prompt")], 3);
    expect(f.by).toBe("document");
    expect(Array.from(f.folds[0])).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]);
  });
});
