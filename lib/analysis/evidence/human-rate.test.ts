import { describe, expect, it } from "vitest";
import { humanReferenceFromCounts, loadDefaultHumanReference } from "@/lib/analysis/human-reference";
import { humanWholeCount } from "./human-rate";

describe("humanWholeCount", () => {
  it("does not give a contraction the rate of its first part", () => {
    const ref = loadDefaultHumanReference();
    expect(humanWholeCount(ref, "you", "word")).toBeGreaterThan(0);
    expect(humanWholeCount(ref, "you'll", "word")).toBeNull();
    expect(humanWholeCount(ref, "don’t", "word")).toBeNull();
  });
  it("uses the whole token when the list has it, and 0 for an absent plain word", () => {
    const ref = humanReferenceFromCounts("tiny", [{ word: "you'll", count: 7 }, { word: "you", count: 100 }]);
    expect(humanWholeCount(ref, "you'll", "word")).toBe(7);
    expect(humanWholeCount(ref, "zebra", "word")).toBe(0);
    expect(humanWholeCount(ref, "of the", "bigram")).toBeNull();
  });
});
