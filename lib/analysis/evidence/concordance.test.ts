import { describe, expect, it } from "vitest";
import { concordancePage, cutLeft, cutRight, findAllUses } from "./concordance";
import { trimStoredSnippet } from "./trim-stored-snippet";

const docs = [
  { ordinal: 0, text: "We delve into it. Then we delve again, and again we delve." },
  { ordinal: 1, text: "Nothing here." },
  { ordinal: 2, text: "Analysts delve deeper; zebras delve quickly" },
];

describe("concordance", () => {
  it("finds every use, not the first two, with the document it is in", () => {
    const lines = findAllUses(docs, "delve");
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => l.documentOrdinal)).toEqual([0, 0, 0, 2, 2]);
    expect(lines.every((l) => l.match.toLowerCase() === "delve")).toBe(true);
  });

  it("cuts context at word boundaries, never inside a word", () => {
    const text = "the behaviors within groups change when a delve happens in the intricate tapestry";
    const at = text.indexOf("delve");
    const left = cutLeft(text, at, 30);
    expect(left.startsWith("…")).toBe(true);
    const firstWord = left.slice(1).split(" ")[0];
    expect(text.split(" ")).toContain(firstWord);
    const right = cutRight(text, at + 5, 20);
    expect(right.endsWith("…")).toBe(true);
    expect(text.split(" ")).toContain(right.slice(0, -1).trim().split(" ").pop());
  });

  it("sorts by the words right or left of the match, and pages", () => {
    const lines = findAllUses(docs, "delve");
    const right = concordancePage(lines, "right", 1, 10).lines.map((l) => l.right.trim().split(" ")[0]);
    expect(right).toEqual(["again,", "deeper;", "into", "quickly", "."]);
    const byLeft = concordancePage(lines, "left", 1, 10).lines;
    expect(byLeft.map((l) => l.left.trim().split(" ").pop())).toEqual(["Analysts", "We", "we", "we", "zebras"]);
    // Ties on the nearest word go to the next word out: "again" before "then".
    expect(byLeft[2].left).toContain("again we");
    const p2 = concordancePage(lines, "document", 2, 2);
    expect(p2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(p2.lines).toHaveLength(2);
    expect(p2.perDocument).toEqual([{ documentOrdinal: 0, uses: 3 }, { documentOrdinal: 2, uses: 2 }]);
  });

  it("trims a stored snippet's partial edge words", () => {
    const left = "x".repeat(10) + "ehaviors within groups of people who like to talk about it ";
    expect(trimStoredSnippet({ left: left.slice(-60), right: "short" }).left.startsWith("…within")).toBe(true);
  });
});

describe("concordance in scripts without spaces", () => {
  it("finds a Chinese word inside a sentence, where the segmenter cuts", () => {
    const docs = [
      { ordinal: 0, text: "我是一个由深度求索公司开发的人工智能助手。人工智能很重要。" },
      { ordinal: 1, text: "Our AI助手 works; 人工智能很重要。" },
    ];
    expect(findAllUses(docs, "人工智能").map((l) => [l.documentOrdinal, l.match])).toEqual([
      [0, "人工智能"],
      [0, "人工智能"],
      [1, "人工智能"],
    ]);
    expect(findAllUses(docs, "人工智能 助手").map((l) => l.match)).toEqual(["人工智能助手"]);
    expect(findAllUses(docs, "智能")).toEqual([]);
  });
});
