import { describe, expect, it } from "vitest";
import { EncodedTerms, encodeTermList } from "@/lib/features/term-list-bytes";
import { EncodedTermInterner } from "@/lib/features/encoded-term-interner";

function encoded(terms: string[]): EncodedTerms {
  const list = encodeTermList(terms)!;
  return new EncodedTerms(list.bytes, terms.length, list.nonAscii);
}

describe("EncodedTermInterner", () => {
  it("gives the ids a Map of the strings gives, across lists, through many growths", () => {
    const words = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? `mot${i} été` : `word ${i.toString(36)}`));
    const first = encoded(words.filter((_, i) => i % 2 === 0));
    const second = encoded(words.filter((_, i) => i % 3 === 0));
    const third = encoded([...words.slice(0, 100).reverse(), "", "never interned", "word"]);

    const interner = new EncodedTermInterner();
    const map = new Map<string, number>();
    for (const [list, terms] of [
      [first, words.filter((_, i) => i % 2 === 0)],
      [second, words.filter((_, i) => i % 3 === 0)],
    ] as const) {
      terms.forEach((term, k) => {
        if (!map.has(term)) map.set(term, map.size);
        expect(interner.intern(list, k)).toBe(map.get(term));
      });
    }
    expect(interner.size).toBe(map.size);
    const expected = third.decode().map((t) => map.get(t) ?? -1);
    expect(Array.from(interner.findAll(third))).toEqual(expected);
    expect(expected.filter((id) => id < 0)).toHaveLength(3 + 100 - words.slice(0, 100).filter((_, i) => i % 2 === 0 || i % 3 === 0).length);
  });
  it("tells a prefix, an empty term and a longer term apart", () => {
    const interner = new EncodedTermInterner();
    const list = encoded(["ab", "", "abc", "a"]);
    expect([0, 1, 2, 3].map((k) => interner.intern(list, k))).toEqual([0, 1, 2, 3]);
    expect(Array.from(interner.findAll(encoded(["a", "abc", "", "ab", "abcd"])))).toEqual([3, 2, 1, 0, -1]);
  });
  it("says the fingerprint is damaged when a list holds another number of terms", () => {
    const interner = new EncodedTermInterner();
    const bytes = encodeTermList(["a", "b", "c"])!.bytes;
    expect(() => interner.findAll(new EncodedTerms(bytes, 2, []))).toThrow(/more than the 2 terms.*damaged/);
    expect(() => interner.findAll(new EncodedTerms(bytes, 4, []))).toThrow(/fewer than the 4 terms.*damaged/);
  });
});
