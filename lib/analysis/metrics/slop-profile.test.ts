import { describe, expect, it } from "vitest";
import { computeFeatures } from "@/lib/features/compute-features";
import { humanReferenceFromCounts, humanReferenceFromFeatures, loadDefaultHumanReference } from "@/lib/analysis/human-reference";
import { slopProfile, slopRatio } from "@/lib/analysis/metrics/slop-profile";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { encodedTermsOf } from "@/lib/features/term-list-bytes";
import { TermCounts } from "@/lib/analysis/term-counts";

describe("slopRatio", () => {
  it("divides corpus frequency by human frequency", () => {
    // 10 / 1000 = 1%; human 5 / 100000 = 0.005% → 200
    expect(slopRatio(10, 1000, 5, 100000)).toBeCloseTo(200);
    // absent from the reference: half a count
    expect(slopRatio(10, 1000, 0, 100000)).toBeCloseTo(2000);
  });
});

describe("slopProfile", () => {
  const docs = [
    { ordinal: 0, text: "delve into the tapestry", prompt: "a" },
    { ordinal: 1, text: "delve into the tapestry", prompt: "b" },
    { ordinal: 2, text: "delve the cat", prompt: "c" },
    { ordinal: 3, text: "the tapestry", prompt: "c" },
  ];
  const f = computeFeatures(docs); // 13 tokens
  const ref = humanReferenceFromCounts("toy", [
    { word: "The", count: 500 },
    { word: "the", count: 400 },
    { word: "into", count: 90 },
    { word: "delve", count: 1 },
    { word: "tapestry", count: 9 },
  ]); // total 1000; "the" folds to 900

  it("applies the minimum count and minimum distinct prompts", () => {
    const p = slopProfile(f, ref, { minCount: 3, minPrompts: 3 });
    // delve: 3 in prompts a,b,c; tapestry: 3 in prompts a,b,c; the: 4 in a,b,c; into: 2 (dropped)
    expect(p.map((e) => e.term)).toEqual(["delve", "tapestry", "the"]);
    // delve: (3/13) / (1/1000) = 230.77; tapestry: (3/13)/(9/1000) = 25.64; the: (4/13)/(900/1000) = 0.342
    expect(p[0].ratio).toBeCloseTo(3000 / 13, 6);
    expect(p[1].ratio).toBeCloseTo(3000 / 117, 6);
    expect(p[2].ratio).toBeCloseTo(4000 / 11700, 6);
    expect(p[0].prompts).toBe(3);
  });
  it("drops terms seen in too few prompts", () => {
    // "the tapestry" appears 3 times, in prompts a, b and c
    const p = slopProfile(f, ref, { minCount: 3, minPrompts: 4 });
    expect(p).toEqual([]);
  });
  it("scores phrases only against a corpus reference", () => {
    const human = humanReferenceFromFeatures(computeFeatures([{ ordinal: 0, text: "the cat the cat sat" }]));
    const p = slopProfile(f, human, { minCount: 3, minPrompts: 3 });
    expect(p.some((e) => e.kind === "bigram" && e.term === "the tapestry")).toBe(true);
  });
  it("gives a stored fingerprint the same profile, reading its phrases only when the reference has phrases", () => {
    const stored = deserializeFeatures(serializeFeatures(f));
    expect(slopProfile(stored, ref, { minCount: 3, minPrompts: 3 })).toEqual(slopProfile(f, ref, { minCount: 3, minPrompts: 3 }));
    expect(encodedTermsOf(stored.bigrams)).not.toBeNull(); // a word list has no phrases to score them against
    const human = humanReferenceFromFeatures(computeFeatures([{ ordinal: 0, text: "the cat the cat sat" }]));
    expect(slopProfile(stored, human, { minCount: 3, minPrompts: 3 })).toEqual(slopProfile(f, human, { minCount: 3, minPrompts: 3 }));
  });
  it("keeps the same top terms when it stops looking early (a short list is the head of a long one)", () => {
    // Many terms, in counts that fall, with human counts that make the ratios cross the counts' order: the
    // scan stops once no count left can reach the top, and must not drop a term that belonged there.
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    const texts = Array.from({ length: 12 }, (_, d) => words.filter((_, i) => d < 12 - (i % 12) || i % 5 === 0).join(" "));
    const many = computeFeatures(texts.map((text, d) => ({ ordinal: d, text, prompt: `p${d}` })));
    const human = humanReferenceFromCounts("toy", words.map((word, i) => ({ word, count: (i * 37) % 11 })));
    const all = slopProfile(many, human, { minCount: 1, minPrompts: 1, top: 1000 });
    expect(all.length).toBeGreaterThan(20);
    for (const top of [1, 3, 10, 20]) expect(slopProfile(many, human, { minCount: 1, minPrompts: 1, top })).toEqual(all.slice(0, top));
  });
});

describe("loadDefaultHumanReference", () => {
  it("loads SUBTLEX with case folded", () => {
    const ref = loadDefaultHumanReference();
    expect(ref.words).toBeInstanceOf(TermCounts);
    expect((ref.words as TermCounts).size).toBeGreaterThan(60000);
    expect(ref.words.get("the")!).toBeGreaterThan(1_000_000);
    expect(ref.words.get("What")).toBeUndefined();
  });
});
