import { describe, expect, it } from "vitest";
import { CHAR_BITS, charCounts, countCharNgrams, DOC_CHAR_BITS, forEachCharNgram } from "@/lib/text/char-ngrams";

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

describe("countCharNgrams", () => {
  it("counts past 65535 in one bucket (16-bit halves carry) and matches forEachCharNgram", () => {
    const text = "aaa".repeat(30000); // 89998 trigrams "aaa", all in one bucket, plus 4- and 5-grams
    const buf = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
    const counts = charCounts();
    const total = countCharNgrams(buf, buf.length, counts, null, { mark: () => {} });
    const want = new Map<number, number>();
    forEachCharNgram(text, (b) => want.set(b, (want.get(b) ?? 0) + 1));
    expect(total).toBe(89998 + 89997 + 89996);
    for (const [b, c] of want) expect(counts.low[b] + 65536 * counts.high[b]).toBe(c);
  });
});
