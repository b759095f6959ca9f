import { describe, expect, it } from "vitest";
import {
  crossValidate,
  crossValidateFolds,
  predictRow,
  scores,
  softmaxInPlace,
  stackModels,
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
  return { offsets: Uint32Array.from(offsets), index: Uint16Array.from(index), values: Float32Array.from(values), dims: rows[0].length };
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

describe("stackModels", () => {
  it("scores every model in one pass, model m's classes at m·classes", () => {
    const x = sparse([
      [1, 0, 2],
      [0, 3, 0],
    ]);
    // hand-made models: weights are feature-major (feature d, class c at d·classes + c)
    const a = { classes: 2, dims: 3, weights: Float64Array.from([1, 0, 0, 1, 2, -1]), bias: Float64Array.from([0.5, 0]) };
    const b = { classes: 2, dims: 3, weights: Float64Array.from([0, 2, 1, 1, 0, 0]), bias: Float64Array.from([0, -1]) };
    const out = scores(stackModels([a, b]), x, 0, new Float64Array(4));
    // row 0 = (1, 0, 2): a → (0.5 + 1 + 4, 0 + 0 − 2) = (5.5, −2); b → (0 + 0 + 0, −1 + 2 + 0) = (0, 1)
    expect(Array.from(out)).toEqual([5.5, -2, 0, 1]);
  });
});

describe("crossValidateFolds", () => {
  it("returns each tested row's held-out label, the same as its fold model predicts", () => {
    const x = sparse(rows);
    const fold = Int32Array.from(rows, (_, i) => i % 3);
    const all = rows.map((_, i) => i);
    const cv = crossValidateFolds(x, labels, 3, all.slice(0, 24), fold, 3, { seed: 3 });
    for (const r of all.slice(0, 24)) expect(cv.predicted[r]).toBe(predictRow(cv.models[fold[r]]!, x, r).label);
    expect(Array.from(cv.predicted.slice(24))).toEqual([-1, -1, -1, -1, -1, -1]);
  });
});
