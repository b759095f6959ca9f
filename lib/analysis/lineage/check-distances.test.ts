import { describe, expect, it } from "vitest";
import { checkDistances, symmetricCopy } from "./check-distances";

describe("check-distances", () => {
  it("rejects mismatched, ragged and non-finite matrices", () => {
    expect(() => checkDistances(["a", "b"], [[0, 1]], "f")).toThrow(/2 labels but 1/);
    expect(() => checkDistances(["a", "b"], [[0, 1], [1]], "f")).toThrow(/not square/);
    expect(() => checkDistances(["a", "b"], [[0, NaN], [1, 0]], "f")).toThrow(/non-finite/);
    expect(() => checkDistances(["a"], [[0]], "f")).not.toThrow();
  });

  it("averages the two triangles and zeroes the diagonal", () => {
    expect(symmetricCopy([[5, 1], [3, 7]])).toEqual([[0, 2], [2, 0]]);
  });
});
