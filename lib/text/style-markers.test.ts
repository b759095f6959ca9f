import { describe, expect, it } from "vitest";
import { countStyleMarkers, MARKER_NAMES } from "@/lib/text/style-markers";

function markers(text: string): Record<string, number> {
  const counts = countStyleMarkers(text);
  return Object.fromEntries(MARKER_NAMES.map((n, i) => [n, counts[i]]).filter(([, v]) => v !== 0));
}

describe("countStyleMarkers", () => {
  it("counts punctuation", () => {
    expect(markers("Wait — really? Yes: one; two – three! Hmm... and… (ok) \"q\"")).toEqual({
      em_dash: 1,
      en_dash: 1,
      question: 1,
      colon: 1,
      semicolon: 1,
      exclamation: 1,
      ellipsis: 2,
      parenthesis: 1,
      double_quote: 2,
    });
  });
  it("counts markdown structure", () => {
    const text = [
      "## Title",
      "- **Bold** point with *italic* and `code`",
      "* another _point_",
      "1. first",
      "2) second",
      "```ts",
      "let x = 1",
      "```",
      "| a | b |",
      "|---|---|",
      "Nice 🎉",
    ].join("\n");
    expect(markers(text)).toEqual({
      heading: 1,
      bullet: 2,
      numbered: 2,
      bold: 1,
      italic: 2,
      inline_code: 1,
      code_block: 1,
      table_row: 2,
      emoji: 1,
    });
  });
  it("returns zeros for plain text", () => {
    expect(countStyleMarkers("plain words only").every((v) => v === 0)).toBe(true);
  });
});
