import { describe, expect, it } from "vitest";
import { isReadableTerm } from "./readable-term";

describe("isReadableTerm", () => {
  it("drops single letters and numbers", () => {
    for (const t of ["g", "e g", "0 0", "2", "1 2 3", "a 1"]) expect(isReadableTerm(t), t).toBe(false);
  });
  it("keeps words and phrases, in any script", () => {
    for (const t of ["and", "e.g", "delve into", "a sense of", "2 of the", "日本"]) expect(isReadableTerm(t), t).toBe(true);
  });
  it("counts letters by code point, as /\\p{L}/gu does, in every script", () => {
    const byRegex = (term: string) => term.split(" ").some((word) => (word.match(/\p{L}/gu)?.length ?? 0) >= 2);
    const terms = ["é", "é ü", "éü", "𝔘", "𝔘𝔘", "x 𝔘", "x𝔘", "😀😀", "a😀b", "\ud800\ud800", "\udc00a", "a\tb", "ß", "Ωmega", "1 2 日", "ｅ ｇ", "ab", " a b ", ""];
    for (const t of terms) expect(isReadableTerm(t), JSON.stringify(t)).toBe(byRegex(t));
  });
});
