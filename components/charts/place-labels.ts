// Point labels that avoid each other and the points: each label tries eight spots around its point (right,
// left, above, below, then the corners) and takes the first that overlaps nothing placed so far and stays
// inside the plot; if none is free it takes the spot with the least overlap. Widths are estimated from the
// character count, which is close enough for an 11 px sans-serif label.

export type LabelBox = { x: number; y: number; width: number; height: number; anchor: "start" | "middle" | "end" };
type Point = { x: number; y: number; text: string };
type Rect = { x0: number; y0: number; x1: number; y1: number };

const CHAR_W = 6.4;
const LINE_H = 13;
const GAP = 9;

export function estimateWidth(text: string): number {
  return text.length * CHAR_W;
}

export function placeLabels(points: Point[], bounds: { width: number; height: number }, pointRadius = 7): LabelBox[] {
  const taken: Rect[] = points.map((p) => ({ x0: p.x - pointRadius, y0: p.y - pointRadius, x1: p.x + pointRadius, y1: p.y + pointRadius }));
  // Place the most crowded points first: they have the fewest free spots.
  const order = points.map((_, i) => i).sort((a, b) => crowding(points, b) - crowding(points, a) || a - b);
  const out: LabelBox[] = new Array(points.length);
  for (const i of order) {
    const p = points[i];
    const w = estimateWidth(p.text);
    let best: { box: LabelBox; rect: Rect; cost: number } | null = null;
    for (const box of candidates(p, w)) {
      const rect = toRect(box);
      const outside = Math.max(0, -rect.x0) + Math.max(0, rect.x1 - bounds.width) + Math.max(0, -rect.y0) + Math.max(0, rect.y1 - bounds.height);
      const cost = taken.reduce((sum, r) => sum + overlap(r, rect), 0) + outside * LINE_H * 4;
      if (!best || cost < best.cost) best = { box, rect, cost };
      if (cost === 0) break;
    }
    out[i] = best!.box;
    taken.push(best!.rect);
  }
  return out;
}

function candidates(p: Point, w: number): LabelBox[] {
  const h = LINE_H;
  const mid = p.y + 4;
  return [
    { x: p.x + GAP, y: mid, width: w, height: h, anchor: "start" },
    { x: p.x - GAP, y: mid, width: w, height: h, anchor: "end" },
    { x: p.x, y: p.y - GAP - 2, width: w, height: h, anchor: "middle" },
    { x: p.x, y: p.y + GAP + h - 2, width: w, height: h, anchor: "middle" },
    { x: p.x + GAP - 2, y: p.y - GAP, width: w, height: h, anchor: "start" },
    { x: p.x - GAP + 2, y: p.y - GAP, width: w, height: h, anchor: "end" },
    { x: p.x + GAP - 2, y: p.y + GAP + h - 4, width: w, height: h, anchor: "start" },
    { x: p.x - GAP + 2, y: p.y + GAP + h - 4, width: w, height: h, anchor: "end" },
  ];
}

/** The box a label occupies; (x, y) is its text anchor on the baseline. */
export function toRect(b: LabelBox): Rect {
  const x0 = b.anchor === "start" ? b.x : b.anchor === "end" ? b.x - b.width : b.x - b.width / 2;
  return { x0, y0: b.y - b.height + 3, x1: x0 + b.width, y1: b.y + 3 };
}

export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function crowding(points: Point[], i: number): number {
  return points.reduce((n, q, j) => (j !== i && Math.hypot(q.x - points[i].x, q.y - points[i].y) < 60 ? n + 1 : n), 0);
}
