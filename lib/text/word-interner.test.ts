import { describe, expect, it } from "vitest";
import { decodeCodeUnits, WordInterner } from "@/lib/text/word-interner";

const buf = (s: string) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)); // UTF-16 code units

describe("WordInterner", () => {
  it("gives each distinct word one dense id, across table growth", () => {
    const t = new WordInterner();
    const words = Array.from({ length: 50000 }, (_, i) => `w${i % 40000}`);
    const ids = words.map((w) => t.intern(buf(w), 0, w.length));
    expect(t.size).toBe(40000);
    expect(ids[0]).toBe(0);
    expect(ids[40000]).toBe(0);
    expect(ids[49999]).toBe(9999);
    expect(t.words[123]).toBe("w123");
  });

  it("interns a range of a larger buffer, astral characters included", () => {
    const t = new WordInterner();
    const b = buf("the 𝔘nicode the");
    expect(t.intern(b, 0, 3)).toBe(0);
    expect(t.intern(b, 4, 12)).toBe(1);
    expect(t.words[1]).toBe("𝔘nicode");
    expect(t.intern(b, 13, 16)).toBe(0);
  });

  it("reads back words of every length, short ones without a view and long ones in pieces", () => {
    const text = "abcdefghijklmnopqrstuvwxyz".repeat(400); // 10400 code units: three 4096-unit pieces
    const b = buf(text);
    for (const len of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 4096, 4097, 10000]) expect(decodeCodeUnits(b, 3, 3 + len)).toBe(text.slice(3, 3 + len));
    const t = new WordInterner();
    for (let len = 1; len <= 12; len++) expect(t.words[t.intern(b, 5, 5 + len)]).toBe(text.slice(5, 5 + len));
  });
});
