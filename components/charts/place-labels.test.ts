import { describe, expect, it } from "vitest";
import { overlap, placeLabels, toRect } from "./place-labels";

describe("placeLabels", () => {
  it("keeps labels of close points apart and inside the plot", () => {
    const points = [
      { x: 100, y: 100, text: "gpt4_1106_preview" },
      { x: 104, y: 103, text: "Meta-Llama-3-70B-Instruct" },
      { x: 98, y: 110, text: "student" },
      { x: 390, y: 20, text: "a long label at the right edge" },
    ];
    const boxes = placeLabels(points, { width: 400, height: 300 });
    const rects = boxes.map(toRect);
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i], rects[j])).toBe(0);
    for (const r of rects) {
      expect(r.x0).toBeGreaterThanOrEqual(0);
      expect(r.x1).toBeLessThanOrEqual(400);
      expect(r.y0).toBeGreaterThanOrEqual(0);
    }
  });
});
