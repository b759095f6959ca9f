import { describe, expect, it } from "vitest";
import { EncodedTerms, encodedTermsOf, encodeTermList, termReader, withLazyTerms } from "@/lib/features/term-list-bytes";

const ODD = ["plain", "", "naïve café", "🙂", "中文 text", "a b c", ""];

function encoded(terms: string[]): EncodedTerms {
  const list = encodeTermList(terms)!;
  return new EncodedTerms(list.bytes, terms.length, list.nonAscii);
}

describe("EncodedTerms", () => {
  it("reads any one term back from the bytes, ASCII or not, empty ones included", () => {
    const list = encoded(ODD);
    expect(ODD.map((_, i) => list.termAt(i))).toEqual(ODD);
    expect(list.decode()).toEqual(ODD);
  });
  it("says the fingerprint is damaged when the bytes hold another number of terms", () => {
    const list = encodeTermList(["a", "b", "c"])!;
    expect(() => new EncodedTerms(list.bytes, 2, []).starts()).toThrow(/more than the 2 terms.*damaged/);
    expect(() => new EncodedTerms(list.bytes, 4, []).starts()).toThrow(/holds 3 terms where its header says 4.*damaged/);
  });
});

describe("withLazyTerms", () => {
  const table = () => withLazyTerms<{ terms: string[]; counts: Uint32Array }>({ counts: Uint32Array.of(1, 2, 3, 4, 5, 6, 7) }, encoded(ODD));

  it("keeps the terms as bytes until they are read, then as the strings", () => {
    const t = table();
    expect(encodedTermsOf(t)).not.toBeNull();
    expect(termReader(t)(2)).toBe("naïve café"); // one term: the rest stay bytes
    expect(encodedTermsOf(t)).not.toBeNull();
    expect(t.terms).toEqual(ODD);
    expect(t.terms).toBe(t.terms); // decoded once
    expect(encodedTermsOf(t)).toBeNull();
    expect(termReader(t)(3)).toBe("🙂");
  });
  it("looks like a table built in memory to every other reader", () => {
    const t = table();
    expect(Object.keys(t)).toEqual(["terms", "counts"]);
    expect(t).toEqual({ terms: ODD, counts: Uint32Array.of(1, 2, 3, 4, 5, 6, 7) });
    expect(structuredClone(table())).toEqual({ terms: ODD, counts: Uint32Array.of(1, 2, 3, 4, 5, 6, 7) });
  });
  it("takes new terms as a plain table does", () => {
    const t = table();
    t.terms = ["x"];
    expect(t.terms).toEqual(["x"]);
    expect(encodedTermsOf(t)).toBeNull();
    expect(termReader(t)(0)).toBe("x");
  });
  it("leaves a plain table to termReader as it is", () => {
    const plain = { terms: ["x", "y"] };
    expect(encodedTermsOf(plain)).toBeNull();
    expect(termReader(plain)(1)).toBe("y");
  });
});
