import { describe, expect, it } from "vitest";
import { findSnippets } from "@/lib/analysis/evidence/keyword-in-context";

// Terms in scripts without spaces match on the segmenter's word boundaries, not on non-letters.
const docs = [
  { ordinal: 0, text: "我是一个由深度求索公司开发的人工智能助手。" },
  { ordinal: 1, text: "Our AI助手 works; 人工智能很重要。" },
];

describe("keyword in context, unspaced scripts", () => {
  it("finds a Chinese word inside a sentence with no spaces around it", () => {
    const hits = findSnippets("c", docs, "人工智能");
    expect(hits.map((h) => [h.documentOrdinal, h.match])).toEqual([
      [0, "人工智能"],
      [1, "人工智能"],
    ]);
    expect(hits[0].left).toBe("我是一个由深度求索公司开发的");
    expect(hits[0].right).toBe("助手。");
  });

  it("matches a phrase of segmented words with nothing between them", () => {
    expect(findSnippets("c", docs, "人工智能 助手").map((h) => h.match)).toEqual(["人工智能助手"]);
    expect(findSnippets("c", docs, "ai 助手").map((h) => h.match)).toEqual(["AI助手"]);
  });

  it("does not match inside a word the segmenter keeps whole", () => {
    expect(findSnippets("c", docs, "智能")).toEqual([]);
    expect(findSnippets("c", docs, "求")).toEqual([]);
  });

  it("keeps whole-word matching for spaced scripts", () => {
    expect(findSnippets("c", [{ ordinal: 0, text: "works, workshop" }], "work")).toEqual([]);
  });
});
