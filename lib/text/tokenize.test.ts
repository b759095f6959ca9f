import { describe, expect, it } from "vitest";
import { countWords, normalizeText, tokenizeWords } from "@/lib/text/tokenize";

describe("tokenizeWords", () => {
  it("lowercases and keeps internal apostrophes and hyphens", () => {
    expect(tokenizeWords("Don’t PANIC: it's state-of-the-art -- really!")).toEqual([
      "don't",
      "panic",
      "it's",
      "state-of-the-art",
      "really",
    ]);
  });
  it("applies NFKC (ligatures, full-width digits)", () => {
    expect(tokenizeWords("ﬁne ２０２４ café")).toEqual(["fine", "2024", "café"]);
  });
  it("drops leading and trailing punctuation marks", () => {
    expect(tokenizeWords("'quoted' -dash- 3.14")).toEqual(["quoted", "dash", "3", "14"]);
  });
  it("returns an empty list for text without words", () => {
    expect(tokenizeWords("... — !!!")).toEqual([]);
  });
});

describe("countWords", () => {
  it("agrees with tokenizeWords", () => {
    const text = "Certainly! Here’s a well-known fact: 2 + 2 = 4.\n\n- It's true.";
    expect(countWords(text)).toBe(tokenizeWords(text).length);
    expect(countWords(text)).toBe(10);
  });
  it("is zero for empty text", () => {
    expect(countWords("")).toBe(0);
  });
});

describe("normalizeText", () => {
  it("folds typographic apostrophes", () => {
    expect(normalizeText("It’S")).toBe("it's");
  });
});
