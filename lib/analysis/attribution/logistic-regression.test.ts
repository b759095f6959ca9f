import { describe, expect, it } from "vitest";
import {
  crossValidate,
  predictRow,
  softmaxInPlace,
  type SparseRows,
  trainLogistic,
} from "@/lib/analysis/attribution/logistic-regression";

/** Dense rows → SparseRows (zeros dropped). */
function sparse(rows: number[][]): SparseRows {
  const offsets = [0];
  const index: number[] = [];
  const values: number[] = [];
  for (const r of rows) {
    r.forEach((v, j) => {
      if (v === 0) return;
      index.push(j);
      values.push(v);
    });
    offsets.push(index.length);
  }
  return { offsets: Uint32Array.from(offsets), index: Uint32Array.from(index), values: Float32Array.from(values), dims: rows[0].length };
}

// Three separable classes: class c puts its mass on feature c, plus a shared noise feature 3.
const rows: number[][] = [];
const labels: number[] = [];
for (let i = 0; i < 30; i++) {
  const c = i % 3;
  const r = [0, 0, 0, 0.3 + (i % 5) * 0.1];
  r[c] = 1;
  rows.push(r);
  labels.push(c);
}
const x = sparse(rows);
const all = rows.map((_, i) => i);

describe("softmaxInPlace", () => {
  it("matches a hand computation", () => {
    const p = softmaxInPlace(Float64Array.from([0, Math.log(3)]));
    expect(p[0]).toBeCloseTo(0.25);
    expect(p[1]).toBeCloseTo(0.75);
  });
});

describe("trainLogistic", () => {
  it("separates a separable toy set", () => {
    const model = trainLogistic(x, labels, 3, all, { epochs: 20, seed: 3 });
    for (const r of all) expect(predictRow(model, x, r).label).toBe(labels[r]);
    const unseen = sparse([[0, 1, 0, 0.9]]);
    expect(predictRow(model, unseen, 0).label).toBe(1);
    expect(predictRow(model, unseen, 0).proba[1]).toBeGreaterThan(0.8);
  });
  it("is deterministic for a seed", () => {
    const a = trainLogistic(x, labels, 3, all, { seed: 5 });
    const b = trainLogistic(x, labels, 3, all, { seed: 5 });
    expect([...a.weights]).toEqual([...b.weights]);
  });
});

describe("crossValidate", () => {
  it("reaches full accuracy on separable data with a diagonal confusion matrix", () => {
    const cv = crossValidate(x, labels, 3, all, 5, { epochs: 20 });
    expect(cv.accuracy).toBe(1);
    expect(cv.confusion).toEqual([
      [10, 0, 0],
      [0, 10, 0],
      [0, 0, 10],
    ]);
  });
  it("is at chance level when labels carry no signal", () => {
    const noise = sparse(all.map(() => [1, 1, 1, 1]));
    const cv = crossValidate(noise, labels, 3, all, 5, { epochs: 5 });
    expect(cv.accuracy).toBeLessThan(0.5);
  });
});
