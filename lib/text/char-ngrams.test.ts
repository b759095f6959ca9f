import { describe, expect, it } from "vitest";
import { CHAR_BITS, DOC_CHAR_BITS, forEachCharNgram } from "@/lib/text/char-ngrams";

function buckets(text: string, bits = CHAR_BITS): number[] {
  const out: number[] = [];
  forEachCharNgram(text, (b) => out.push(b), bits);
  return out;
}

describe("forEachCharNgram", () => {
  it("emits every 3-, 4- and 5-gram", () => {
    // "abcdef": 4 trigrams + 3 four-grams + 2 five-grams
    expect(buckets("abcdef")).toHaveLength(9);
    expect(buckets("ab")).toHaveLength(0);
  });
  it("gives equal n-grams equal buckets", () => {
    const [a] = buckets("the");
    const all = buckets("the the");
    expect(all.filter((b) => b === a).length).toBe(2);
  });
  it("keeps buckets in range and folds to the smaller space by shifting", () => {
    const big = buckets("hello world, hello there");
    const small = buckets("hello world, hello there", DOC_CHAR_BITS);
    expect(big.every((b) => b >= 0 && b < 2 ** CHAR_BITS)).toBe(true);
    expect(small).toEqual(big.map((b) => b >>> (CHAR_BITS - DOC_CHAR_BITS)));
  });
});
