// Multinomial logistic regression on sparse rows, trained by SGD with a decaying step and L2 weight decay.

import { createRandom } from "@/lib/analysis/math/seeded-random";
import { arenaBytes, KernelArena, type Region } from "@/lib/analysis/math/simd/wasm-kernels";

/** Columns are 16-bit (the analysis has a few thousand dimensions): 6 bytes a non-zero instead of 8. */
export type SparseRows = { offsets: Uint32Array; index: Uint16Array; values: Float32Array; dims: number };

export type LogisticModel = { classes: number; dims: number; weights: Float64Array; bias: Float64Array };

export type TrainOptions = { epochs: number; learningRate: number; l2: number; seed: number };

export const DEFAULT_TRAIN: TrainOptions = { epochs: 4, learningRate: 1, l2: 1e-5, seed: 1 };

/**
 * out[c] = bias[c] + Σ_k weights[index_k·classes + c] · value_k, added in the row's order (kernels.wat). A
 * model's weights go into the kernels' memory at its first scoring: a model is not changed once trained.
 */
export function scores(model: LogisticModel, x: SparseRows, row: number, out: Float64Array): Float64Array {
  let kernel = kernels.get(model);
  const rowLength = x.offsets[row + 1] - x.offsets[row];
  if (!kernel || !kernel.fits(rowLength)) {
    kernel = new ModelKernel(model.classes, model.weights.length, rowLength);
    kernel.weights.array.set(model.weights);
    kernel.bias.array.set(model.bias);
    kernels.set(model, kernel);
  }
  out.set(kernel.scoreRow(x, row));
  return out;
}

/** Each model's kernel: the one it was trained in, or one made at its first scoring. */
const kernels = new WeakMap<LogisticModel, ModelKernel>();

/** Room for this many non-zeros a row, at least (a document's row has a few thousand). */
const MIN_ROOM = 4096;

/**
 * A model's weights and bias in the kernels' memory, with room for one row: each row is copied in as it is
 * used. (The rows themselves in WebAssembly memory would save the copies, but such memory is not given
 * huge pages, and faulting in the document vectors' ~76 MB cost the analysis more than the copies.)
 */
class ModelKernel {
  readonly weights: Region<Float64Array>;
  readonly bias: Region<Float64Array>;
  /** the last row's scores, then (training) its gradient step */
  readonly out: Region<Float64Array>;
  private readonly arena: KernelArena;
  private readonly idx: Region<Uint16Array>;
  private readonly val: Region<Float32Array>;
  private rowLength = 0;

  constructor(
    readonly classes: number,
    weightCount: number,
    longestRow: number,
  ) {
    const room = Math.max(longestRow, MIN_ROOM);
    this.arena = new KernelArena(arenaBytes(8 * weightCount, 8 * classes, 8 * classes, 2 * room, 4 * room));
    this.weights = this.arena.f64(weightCount);
    this.bias = this.arena.f64(classes);
    this.out = this.arena.f64(classes);
    this.idx = this.arena.u16(room);
    this.val = this.arena.f32(room);
  }

  /** Whether a row of this many non-zeros fits. */
  fits(rowLength: number): boolean {
    return rowLength <= this.idx.array.length;
  }

  /** Copies row `row` of x in and scores it: `out` holds the scores. */
  scoreRow(x: SparseRows, row: number): Float64Array {
    const from = x.offsets[row];
    const end = x.offsets[row + 1];
    if (!this.fits(end - from)) throw new Error(`ModelKernel: a row of ${end - from} non-zeros, room for ${this.idx.array.length}.`);
    copyRow(x, from, end, this.idx.array, this.val.array);
    this.rowLength = end - from;
    this.arena.kernels.sparseScores(this.weights.ptr, this.bias.ptr, this.classes, this.idx.ptr, this.val.ptr, this.rowLength, this.out.ptr);
    return this.out.array;
  }

  /** weights −= (the last scored row) ⊗ out. */
  subtractFromLastRow(): void {
    this.arena.kernels.subtractScaled(this.weights.ptr, this.classes, this.idx.ptr, this.val.ptr, this.rowLength, this.out.ptr);
  }
}

/** A loop, not TypedArray#set: from a SharedArrayBuffer (the document vectors) set copied at half the speed. */
function copyRow(x: SparseRows, from: number, end: number, index: Uint16Array, values: Float32Array): void {
  const { index: fromIndex, values: fromValues } = x;
  for (let k = from; k < end; k++) {
    index[k - from] = fromIndex[k];
    values[k - from] = fromValues[k];
  }
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

/**
 * Trains on `rows` of x (labels y[row]); weights are stored feature-major for cache-friendly sparse updates.
 * Each step's scores and update run in the kernels (kernels.wat).
 */
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
  const order = Int32Array.from(rows);
  let longest = 0;
  for (const r of order) longest = Math.max(longest, x.offsets[r + 1] - x.offsets[r]);
  const kernel = new ModelKernel(classes, x.dims * classes, longest);
  const bias = kernel.bias.array;
  const random = createRandom(options.seed ?? DEFAULT_TRAIN.seed);
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
      const p = softmaxInPlace(kernel.scoreRow(x, r));
      p[y[r]] -= 1; // gradient of cross-entropy w.r.t. the scores
      for (let c = 0; c < classes; c++) {
        bias[c] -= lr * p[c];
        p[c] *= lr;
      }
      kernel.subtractFromLastRow();
    }
    const decay = 1 - learningRate * l2 * n;
    if (decay < 1) decayWeights(kernel.weights.array, Math.max(0, decay));
  }
  const model = { classes, dims: x.dims, weights: kernel.weights.array.slice(), bias: bias.slice() };
  kernels.set(model, kernel); // its scoring needs no second copy of the weights
  return model;
}

function decayWeights(weights: Float64Array, factor: number): void {
  for (let k = 0; k < weights.length; k++) weights[k] *= factor;
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
