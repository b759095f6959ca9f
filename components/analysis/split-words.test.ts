import { describe, expect, it } from "vitest";
import { splitWords } from "./concordance-view";

const words = (text: string) => splitWords(text).filter((p) => p.word).map((p) => p.text);

describe("splitWords (context words a reader can click to focus)", () => {
  it("keeps contractions whole and drops punctuation", () => {
    expect(words("Well, you'll see — it’s fine.")).toEqual(["Well", "you'll", "see", "it’s", "fine"]);
  });

  it("splits a run of Chinese into words, not one run", () => {
    const w = words("我们使用人工智能技术。");
    expect(w.length).toBeGreaterThan(1);
    expect(w.join("")).toBe("我们使用人工智能技术");
  });

  it("gives back the whole text", () => {
    const text = "总之，this is 人工智能 (AI)!";
    expect(splitWords(text).map((p) => p.text).join("")).toBe(text);
  });
});
