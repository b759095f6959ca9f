import { describe, expect, it } from "vitest";
import { splitMatches, splitTermMatches } from "./highlight-text";

describe("splitMatches", () => {
  it("returns the whole text when there is no query", () => {
    expect(splitMatches("Hello", "  ")).toEqual([{ text: "Hello", match: false }]);
  });
  it("marks case-insensitive matches and keeps the original casing", () => {
    expect(splitMatches("Cat and cat, CAT.", "cat")).toEqual([
      { text: "Cat", match: true },
      { text: " and ", match: false },
      { text: "cat", match: true },
      { text: ", ", match: false },
      { text: "CAT", match: true },
      { text: ".", match: false },
    ]);
  });
  it("joins back to the original text", () => {
    const text = "<b>tag</b> & <b>more</b>";
    expect(splitMatches(text, "<b>").map((p) => p.text).join("")).toBe(text);
  });
});

describe("splitMatches with length-changing case folds", () => {
  it("falls back to plain text rather than misaligned marks", () => {
    expect(splitMatches("İstanbul cat", "cat")).toEqual([{ text: "İstanbul cat", match: false }]);
  });
});

describe("splitTermMatches", () => {
  it("marks whole-word uses of a term, not the same letters inside a word", () => {
    const parts = splitTermMatches("Delve, delved, DELVE into it", "delve");
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["Delve", "DELVE"]);
    expect(parts.map((p) => p.text).join("")).toBe("Delve, delved, DELVE into it");
  });
  it("matches a phrase across punctuation", () => {
    expect(splitTermMatches("Add 1/4 teaspoon salt", "1 4 teaspoon").filter((p) => p.match).map((p) => p.text)).toEqual(["1/4 teaspoon"]);
  });
});
