import { describe, expect, it } from "vitest";
import { countCharNgrams, DOC_CHAR_BITS, forEachCharNgram } from "@/lib/text/char-ngrams";

const WIDE = 18;

function buckets(text: string, bits = DOC_CHAR_BITS): number[] {
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
    const big = buckets("hello world, hello there", WIDE);
    const small = buckets("hello world, hello there");
    expect(big.every((b) => b >= 0 && b < 2 ** WIDE)).toBe(true);
    expect(small.every((b) => b >= 0 && b < 2 ** DOC_CHAR_BITS)).toBe(true);
    expect(small).toEqual(big.map((b) => b >>> (WIDE - DOC_CHAR_BITS)));
  });
});

describe("countCharNgrams", () => {
  it("counts past 65535 in one bucket, marks each bucket once, and matches forEachCharNgram", () => {
    const text = "aaa".repeat(30000) + " the end"; // 89998 trigrams "aaa", all in one bucket, plus 4- and 5-grams
    const buf = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
    const counts = new Uint32Array(2 ** DOC_CHAR_BITS);
    const marked: number[] = [];
    const total = countCharNgrams(buf, buf.length, counts, { mark: (b) => marked.push(b) });
    const want = new Map<number, number>();
    forEachCharNgram(text, (b) => want.set(b, (want.get(b) ?? 0) + 1));
    expect(total).toBe([...want.values()].reduce((a, b) => a + b, 0));
    expect(Math.max(...want.values())).toBeGreaterThan(65535);
    for (const [b, c] of want) expect(counts[b]).toBe(c);
    expect(marked.sort((a, b) => a - b)).toEqual([...want.keys()].sort((a, b) => a - b));
  });
});
