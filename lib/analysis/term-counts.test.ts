import { describe, expect, it } from "vitest";
import { TermCounts } from "@/lib/analysis/term-counts";

describe("TermCounts", () => {
  it("answers every look-up as the Map it was made from", () => {
    const entries = new Map<string, number>();
    for (let i = 0; i < 5000; i++) entries.set(`w${i.toString(36)}`, i * 1.5);
    for (const t of ["", "a", "ab", "don't", "naïve", "北京", "😀x", "the end"]) entries.set(t, t.length + 0.25);
    const counts = new TermCounts(entries);
    expect(counts.size).toBe(entries.size);
    for (const [term, count] of entries) expect(counts.get(term)).toBe(count);
    // misses, including prefixes and extensions of held terms (they share its bytes in the text)
    for (const t of ["w", "w0x", "abc", "b", "北", "the", "end", "x\n"]) expect(counts.get(t)).toBe(entries.get(t));
  });

  it("holds nothing when made empty, and refuses a term with a newline", () => {
    expect(new TermCounts(new Map()).get("a")).toBeUndefined();
    expect(() => new TermCounts(new Map([["a\nb", 1]]))).toThrow(/newline/);
  });
});
