// Multinomial logistic regression on sparse rows, trained by SGD with a decaying step and L2 weight decay.

import { createRandom } from "@/lib/analysis/math/seeded-random";

/** Columns are 16-bit (the analysis has a few thousand dimensions): 6 bytes a non-zero instead of 8. */
export type SparseRows = { offsets: Uint32Array; index: Uint16Array; values: Float32Array; dims: number };

export type LogisticModel = { classes: number; dims: number; weights: Float64Array; bias: Float64Array };

export type TrainOptions = { epochs: number; learningRate: number; l2: number; seed: number };

export const DEFAULT_TRAIN: TrainOptions = { epochs: 4, learningRate: 1, l2: 1e-5, seed: 1 };

/**
 * out[c] = bias[c] + Σ_k weights[index_k·classes + c] · value_k, added in the row's order. Eight classes per
 * pass over the row (then four), summed in registers, and the last one to three in one more pass: every
 * class sees the same additions in the same order as one pass adding to out[] (so the same bits), without
 * a load and a store of out[c] per non-zero, and with few passes (11 sources: 2, where a pass per class
 * left over made 5).
 */
export function scores(model: LogisticModel, x: SparseRows, row: number, out: Float64Array): Float64Array {
  const { classes, weights, bias } = model;
  const { offsets, index, values } = x;
  const from = offsets[row];
  const end = offsets[row + 1];
  let c = 0;
  for (; c + 8 <= classes; c += 8) {
    let s0 = bias[c];
    let s1 = bias[c + 1];
    let s2 = bias[c + 2];
    let s3 = bias[c + 3];
    let s4 = bias[c + 4];
    let s5 = bias[c + 5];
    let s6 = bias[c + 6];
    let s7 = bias[c + 7];
    for (let k = from; k < end; k++) {
      const base = index[k] * classes + c;
      const v = values[k];
      s0 += weights[base] * v;
      s1 += weights[base + 1] * v;
      s2 += weights[base + 2] * v;
      s3 += weights[base + 3] * v;
      s4 += weights[base + 4] * v;
      s5 += weights[base + 5] * v;
      s6 += weights[base + 6] * v;
      s7 += weights[base + 7] * v;
    }
    out[c] = s0;
    out[c + 1] = s1;
    out[c + 2] = s2;
    out[c + 3] = s3;
    out[c + 4] = s4;
    out[c + 5] = s5;
    out[c + 6] = s6;
    out[c + 7] = s7;
  }
  for (; c + 4 <= classes; c += 4) {
    let s0 = bias[c];
    let s1 = bias[c + 1];
    let s2 = bias[c + 2];
    let s3 = bias[c + 3];
    for (let k = from; k < end; k++) {
      const base = index[k] * classes + c;
      const v = values[k];
      s0 += weights[base] * v;
      s1 += weights[base + 1] * v;
      s2 += weights[base + 2] * v;
      s3 += weights[base + 3] * v;
    }
    out[c] = s0;
    out[c + 1] = s1;
    out[c + 2] = s2;
    out[c + 3] = s3;
  }
  const left = classes - c;
  if (left === 0) return out;
  // The one to three classes left, in one pass.
  let s0 = bias[c];
  let s1 = left > 1 ? bias[c + 1] : 0;
  let s2 = left > 2 ? bias[c + 2] : 0;
  if (left === 1) for (let k = from; k < end; k++) s0 += weights[index[k] * classes + c] * values[k];
  else if (left === 2) {
    for (let k = from; k < end; k++) {
      const base = index[k] * classes + c;
      const v = values[k];
      s0 += weights[base] * v;
      s1 += weights[base + 1] * v;
    }
  } else {
    for (let k = from; k < end; k++) {
      const base = index[k] * classes + c;
      const v = values[k];
      s0 += weights[base] * v;
      s1 += weights[base + 1] * v;
      s2 += weights[base + 2] * v;
    }
  }
  out[c] = s0;
  if (left > 1) out[c + 1] = s1;
  if (left > 2) out[c + 2] = s2;
  return out;
}

export function softmaxInPlace(v: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of v) max = Math.max(max, s);
  let sum = 0;
  for (let c = 0; c < v.length; c++) {
    v[c] = Math.exp(v[c] - max);
    sum += v[c];
  }
  for (let c = 0; c < v.length; c++) v[c] /= sum;
  return v;
}

/** Trains on `rows` of x (labels y[row]); weights are stored feature-major for cache-friendly sparse updates. */
export function trainLogistic(
  x: SparseRows,
  y: ArrayLike<number>,
  classes: number,
  rows: ArrayLike<number>,
  options: Partial<TrainOptions> = {},
): LogisticModel {
  // Plain locals and a typed order: the options' shape and the rows' array kind vary by caller, and the
  // loops' compiled code was thrown away ("wrong map") at each new one.
  const epochs = options.epochs ?? DEFAULT_TRAIN.epochs;
  const learningRate = options.learningRate ?? DEFAULT_TRAIN.learningRate;
  const l2 = options.l2 ?? DEFAULT_TRAIN.l2;
  const model: LogisticModel = { classes, dims: x.dims, weights: new Float64Array(x.dims * classes), bias: new Float64Array(classes) };
  const order = Int32Array.from(rows);
  const random = createRandom(options.seed ?? DEFAULT_TRAIN.seed);
  const p = new Float64Array(classes);
  const { weights, bias } = model;
  const { offsets, index, values } = x;
  const n = order.length;
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    for (let q = 0; q < n; q++) {
      const r = order[q];
      const lr = learningRate / (1 + step++ / n);
      softmaxInPlace(scores(model, x, r, p));
      p[y[r]] -= 1; // gradient of cross-entropy w.r.t. the scores
      for (let c = 0; c < classes; c++) {
        bias[c] -= lr * p[c];
        p[c] *= lr;
      }
      subtractScaled(weights, classes, index, values, offsets[r], offsets[r + 1], p);
    }
    const decay = 1 - learningRate * l2 * n;
    if (decay < 1) for (let k = 0; k < weights.length; k++) weights[k] *= Math.max(0, decay);
  }
  return model;
}

/**
 * weights[index_k·classes + c] -= value_k · p[c] for the row's non-zeros: each weight changes once, so eight
 * (then four) classes per pass with their p[c] in registers, and the last one to three in one more pass,
 * give the same bits as one pass over every class.
 */
function subtractScaled(weights: Float64Array, classes: number, index: Uint16Array, values: Float32Array, from: number, end: number, p: Float64Array): void {
  let c = 0;
  for (; c + 8 <= classes; c += 8) {
    const p0 = p[c];
    const p1 = p[c + 1];
    const p2 = p[c + 2];
    const p3 = p[c + 3];
    const p4 = p[c + 4];
    const p5 = p[c + 5];
    const p6 = p[c + 6];
    const p7 = p[c + 7];
    for (let k = from; k < end; k++) {
      const base = index[k] * classes + c;
      const v = values[k];
      weights[base] -= v * p0;
      weights[base + 1] -= v * p1;
      weights[base + 2] -= v * p2;
      weights[base + 3] -= v * p3;
      weights[base + 4] -= v * p4;
      weights[base + 5] -= v * p5;
      weights[base + 6] -= v * p6;
      weights[base + 7] -= v * p7;
    }
  }
  for (; c + 4 <= classes; c += 4) {
    const p0 = p[c];
    const p1 = p[c + 1];
    const p2 = p[c + 2];
    const p3 = p[c + 3];
    for (let k = from; k < end; k++) {
      const base = index[k] * classes + c;
      const v = values[k];
      weights[base] -= v * p0;
      weights[base + 1] -= v * p1;
      weights[base + 2] -= v * p2;
      weights[base + 3] -= v * p3;
    }
  }
  const left = classes - c;
  if (left === 0) return;
  const p0 = p[c];
  if (left === 1) for (let k = from; k < end; k++) weights[index[k] * classes + c] -= values[k] * p0;
  else if (left === 2) {
    const p1 = p[c + 1];
    for (let k = from; k < end; k++) {
      const base = index[k] * classes + c;
      const v = values[k];
      weights[base] -= v * p0;
      weights[base + 1] -= v * p1;
    }
  } else {
    const p1 = p[c + 1];
    const p2 = p[c + 2];
    for (let k = from; k < end; k++) {
      const base = index[k] * classes + c;
      const v = values[k];
      weights[base] -= v * p0;
      weights[base + 1] -= v * p1;
      weights[base + 2] -= v * p2;
    }
  }
}

/** Models over the same rows as one model with classes × models outputs (model m's scores at m·classes). */
export function stackModels(models: LogisticModel[]): LogisticModel {
  const classes = models[0]?.classes ?? 0;
  const dims = models[0]?.dims ?? 0;
  const n = models.length;
  const weights = new Float64Array(dims * classes * n);
  const bias = new Float64Array(classes * n);
  models.forEach((m, mi) => {
    for (let d = 0; d < dims; d++) for (let c = 0; c < classes; c++) weights[(d * n + mi) * classes + c] = m.weights[d * classes + c];
    bias.set(m.bias, mi * classes);
  });
  return { classes: classes * n, dims, weights, bias };
}

export function predictRow(model: LogisticModel, x: SparseRows, row: number): { label: number; proba: Float64Array } {
  const p = softmaxInPlace(scores(model, x, row, new Float64Array(model.classes)));
  let label = 0;
  for (let c = 1; c < p.length; c++) if (p[c] > p[label]) label = c;
  return { label, proba: p };
}

export type CrossValidation = { accuracy: number; folds: number; confusion: number[][] };

/** `predicted[row]`: the held-out label of each tested row (-1 for rows not tested). */
export type FoldedValidation = CrossValidation & { models: (LogisticModel | null)[]; predicted: Int32Array };

/** Stratified k-fold: rows of each class are shuffled (seeded) and dealt round-robin into folds. */
export function crossValidate(
  x: SparseRows,
  y: ArrayLike<number>,
  classes: number,
  rows: ArrayLike<number>,
  folds: number,
  options: Partial<TrainOptions> = {},
): CrossValidation {
  const random = createRandom((options.seed ?? DEFAULT_TRAIN.seed) + 7919);
  const fold = new Int32Array(x.offsets.length - 1).fill(-1);
  for (let c = 0; c < classes; c++) {
    const members = Array.from(rows).filter((r) => y[r] === c);
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j], members[i]];
    }
    members.forEach((r, i) => (fold[r] = i % folds));
  }
  const { accuracy, confusion } = crossValidateFolds(x, y, classes, rows, fold, folds, options);
  return { accuracy, folds, confusion };
}

/** k-fold CV with given folds (`fold[row]`, e.g. grouped by prompt); also returns each fold's model. */
export function crossValidateFolds(
  x: SparseRows,
  y: ArrayLike<number>,
  classes: number,
  rows: ArrayLike<number>,
  fold: ArrayLike<number>,
  folds: number,
  options: Partial<TrainOptions> = {},
): FoldedValidation {
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  const models: (LogisticModel | null)[] = [];
  const predicted = new Int32Array(x.offsets.length - 1).fill(-1);
  let correct = 0;
  let total = 0;
  for (let f = 0; f < folds; f++) {
    const train = Array.from(rows).filter((r) => fold[r] !== f);
    const test = Array.from(rows).filter((r) => fold[r] === f);
    if (train.length === 0) {
      models.push(null);
      continue;
    }
    const model = trainLogistic(x, y, classes, train, options);
    models.push(model);
    for (const r of test) {
      const { label } = predictRow(model, x, r);
      predicted[r] = label;
      confusion[y[r]][label]++;
      if (label === y[r]) correct++;
      total++;
    }
  }
  return { accuracy: total === 0 ? 0 : correct / total, folds, confusion, models, predicted };
}
