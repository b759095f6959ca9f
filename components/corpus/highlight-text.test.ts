import { describe, expect, it } from "vitest";
import { splitMatches } from "./highlight-text";

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
