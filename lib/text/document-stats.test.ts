import { describe, expect, it } from "vitest";
import { countParagraphs, countSentences, movingAverageTtr } from "@/lib/text/document-stats";

describe("countSentences", () => {
  it("counts terminal punctuation runs", () => {
    expect(countSentences("One. Two!? Three")).toBe(3);
    expect(countSentences("One. Two.")).toBe(2);
    expect(countSentences("3.14 is pi.")).toBe(1);
    expect(countSentences("   ")).toBe(0);
  });
});

describe("countParagraphs", () => {
  it("splits on blank lines", () => {
    expect(countParagraphs("a\nb\n\n c \n  \n\nd")).toBe(3);
  });
});

describe("movingAverageTtr", () => {
  it("is plain TTR for short texts", () => {
    expect(movingAverageTtr(["a", "b", "a", "c"], 5)).toBeCloseTo(3 / 4);
  });
  it("averages TTR over sliding windows", () => {
    // windows of 3 over a b a c c: [a b a]=2/3, [b a c]=3/3, [a c c]=2/3 → mean 7/9
    expect(movingAverageTtr(["a", "b", "a", "c", "c"], 3)).toBeCloseTo(7 / 9);
  });
});
