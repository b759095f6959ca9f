import { describe, expect, it } from "vitest";
import { answerHash, copiedSources, countCopies, indexSourceAnswers } from "@/lib/analysis/attribution/copied-answers";

const long = (tag: string) => `${tag} ` + Array.from({ length: 25 }, (_, i) => `word${i}`).join(" ");

describe("answerHash", () => {
  it("keeps its values (stored fingerprints hold them, and fresh hashes must match)", () => {
    const text = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" \t\n\u00a0\u3000\u2028\u2029\v\f\r ") + " café — “done”";
    expect(answerHash(text)).toBe("786ab7d0db8d2db2");
  });
  it("ignores short answers and folds whitespace", () => {
    expect(answerHash("Yes, that is right.")).toBeNull();
    expect(answerHash(long("a"))).toBe(answerHash(long("a").replace(/ /g, "  \n")));
    expect(answerHash(long("a"))).not.toBe(answerHash(long("b")));
  });
});

describe("countCopies", () => {
  it("counts a candidate's exact answers per source, and none for an answer several sources gave", () => {
    const index = indexSourceAnswers([
      [answerHash(long("a1")), answerHash(long("shared"))],
      [answerHash(long("b1")), answerHash(long("shared")), null],
    ]);
    const candidate = [long("a1"), long("b1"), long("b1"), long("shared"), long("own")].map(answerHash);
    expect(countCopies(index, candidate, 2)).toEqual([1, 2]);
  });
});

describe("copiedSources", () => {
  it("needs at least three copies and 1% of the candidate's documents", () => {
    expect(copiedSources([3, 2, 5], 100, ["a", "b", "c"])).toEqual([
      { source: "a", documents: 3 },
      { source: "c", documents: 5 },
    ]);
    expect(copiedSources([3, 8], 500, ["a", "b"])).toEqual([{ source: "b", documents: 8 }]);
  });
});
