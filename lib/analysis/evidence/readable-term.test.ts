import { describe, expect, it } from "vitest";
import { isReadableTerm } from "./readable-term";

describe("isReadableTerm", () => {
  it("drops single letters and numbers", () => {
    for (const t of ["g", "e g", "0 0", "2", "1 2 3", "a 1"]) expect(isReadableTerm(t), t).toBe(false);
  });
  it("keeps words and phrases, in any script", () => {
    for (const t of ["and", "e.g", "delve into", "a sense of", "2 of the", "日本"]) expect(isReadableTerm(t), t).toBe(true);
  });
});
