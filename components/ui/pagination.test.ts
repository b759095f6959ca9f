import { describe, expect, it } from "vitest";
import { visiblePages } from "./pagination";

describe("visiblePages", () => {
  it("shows all pages when there are few", () => {
    expect(visiblePages(2, 4)).toEqual([1, 2, 3, 4]);
  });
  it("marks gaps around the current window", () => {
    expect(visiblePages(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
  });
  it("fills a gap of one page with the page instead of an ellipsis", () => {
    expect(visiblePages(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
  });
});
