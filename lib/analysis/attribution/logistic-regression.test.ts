import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/analysis/math/seeded-random";
import {
  crossValidate,
  crossValidateFolds,
  DEFAULT_TRAIN,
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

describe("scores and training, classes in groups", () => {
  // The plain form the grouped passes must equal bit for bit: one class at a time, its terms in the row's order.
  const plainScores = (weights: Float64Array, bias: Float64Array, classes: number, x: SparseRows, row: number) =>
    Array.from({ length: classes }, (_, c) => {
      let s = bias[c];
      for (let k = x.offsets[row]; k < x.offsets[row + 1]; k++) s += weights[x.index[k] * classes + c] * x.values[k];
      return s;
    });
  // Irregular values, so a changed order of additions shows in the last bits.
  const dims = 23;
  const dense = Array.from({ length: 40 }, (_, i) => Array.from({ length: dims }, (_, j) => ((i * 7 + j * 13) % 5 === 0 ? 0 : Math.sin(i * 31 + j * 17) * 3.7)));
  const xs = sparse(dense);

  it.each(Array.from({ length: 13 }, (_, i) => i + 1))("gives the one-class-at-a-time sums exactly with %i classes", (classes) => {
    const weights = Float64Array.from({ length: dims * classes }, (_, k) => Math.cos(k * 0.37) / 3);
    const bias = Float64Array.from({ length: classes }, (_, c) => c / 7 - 0.5);
    const model = { classes, dims, weights, bias };
    for (let row = 0; row < dense.length; row++) {
      const got = Array.from(scores(model, xs, row, new Float64Array(classes)));
      expect(got).toEqual(plainScores(weights, bias, classes, xs, row));
    }
  });

  it.each([1, 3, 5, 6, 7, 9, 11, 12])("trains as plain per-class SGD does, to the bit, with %i classes", (classes) => {
    const y = dense.map((_, i) => i % classes);
    const order = dense.map((_, i) => i);
    const model = trainLogistic(xs, y, classes, order, { epochs: 1, seed: 3 });
    // The same SGD written plainly: one class at a time for the scores and for the update.
    const w = new Float64Array(dims * classes);
    const b = new Float64Array(classes);
    const shuffled = [...order];
    const random = createRandom(3);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    let step = 0;
    for (const r of shuffled) {
      const lr = DEFAULT_TRAIN.learningRate / (1 + step++ / shuffled.length);
      const p = softmaxInPlace(Float64Array.from(plainScores(w, b, classes, xs, r)));
      p[y[r]] -= 1;
      for (let c = 0; c < classes; c++) {
        b[c] -= lr * p[c];
        p[c] *= lr;
      }
      for (let c = 0; c < classes; c++) for (let k = xs.offsets[r]; k < xs.offsets[r + 1]; k++) w[xs.index[k] * classes + c] -= xs.values[k] * p[c];
    }
    const decay = Math.max(0, 1 - DEFAULT_TRAIN.learningRate * DEFAULT_TRAIN.l2 * shuffled.length);
    for (let k = 0; k < w.length; k++) w[k] *= decay;
    expect(Array.from(model.bias)).toEqual(Array.from(b));
    expect(Array.from(model.weights)).toEqual(Array.from(w));
  });
});
