// The supervised view: logistic regression on the sources' training rows, cross-validated with folds
// grouped by prompt. Each fold's model labels its held-out source rows (for calibration); the fold models'
// mean probabilities label the candidates' rows. Each fold is a self-contained task (classifyFold), so the
// folds train on worker threads side by side; combineFolds puts their outcomes together.

import { predictRow, scores, softmaxInPlace, trainLogistic, type SparseRows } from "@/lib/analysis/attribution/logistic-regression";

export type ClassifierTask = {
  rows: SparseRows;
  /** label (source index) of each training row, -1 elsewhere */
  y: Int32Array;
  trainRows: Int32Array;
  /** prompt fold of each source row, -1 for candidate rows */
  rowFold: Int32Array;
  classes: number;
  folds: number;
  seed: number;
  /** [first row, row count] of each source, then of each candidate */
  sourceRanges: [number, number][];
  candidateRanges: [number, number][];
};

export type ClassifierOutcome = {
  accuracy: number;
  confusion: number[][];
  /** per source, held-out label of each of its rows (-1 when no fold model could label it) */
  heldOut: Int32Array[];
  /** per candidate, the ensemble's label of each of its rows */
  predicted: Int32Array[];
};

/** One fold's part of ClassifierOutcome; `null` parts when the fold had no training rows (no model). */
export type FoldOutcome = {
  /** the fold's test rows (training rows in the fold): predictions by true label, and how many were right */
  confusion: number[][];
  correct: number;
  total: number;
  /** per source, the fold model's label of each of its rows in the fold (-1 for rows of other folds) */
  heldOut: Int32Array[] | null;
  /** the model's probabilities for every candidate row, S per row, candidates in order */
  candidateProba: Float64Array | null;
};

export function classifyDocuments(task: ClassifierTask): ClassifierOutcome {
  return combineFolds(task, Array.from({ length: task.folds }, (_, fold) => classifyFold({ ...task, fold })));
}

/** Trains fold `fold`'s model (on the training rows of the other folds) and labels what it is asked to. */
export function classifyFold(task: ClassifierTask & { fold: number }): FoldOutcome {
  const { rows, y, trainRows, rowFold, classes: S, fold, seed } = task;
  const confusion = Array.from({ length: S }, () => new Array<number>(S).fill(0));
  const train = Array.from(trainRows).filter((r) => rowFold[r] !== fold);
  if (S < 2 || train.length === 0) return { confusion, correct: 0, total: 0, heldOut: null, candidateProba: null };
  const model = trainLogistic(rows, y, S, train, { seed });
  const labelOf = new Map<number, number>();
  let correct = 0;
  let total = 0;
  for (const r of trainRows) {
    if (rowFold[r] !== fold) continue;
    const { label } = predictRow(model, rows, r);
    labelOf.set(r, label);
    confusion[y[r]][label]++;
    if (label === y[r]) correct++;
    total++;
  }
  const heldOut = task.sourceRanges.map(([start, n]) =>
    Int32Array.from({ length: n }, (_, r) => (rowFold[start + r] !== fold ? -1 : (labelOf.get(start + r) ?? predictRow(model, rows, start + r).label))),
  );
  const candidateRows = task.candidateRanges.reduce((a, [, n]) => a + n, 0);
  const candidateProba = new Float64Array(candidateRows * S);
  const out = new Float64Array(S);
  let at = 0;
  for (const [start, n] of task.candidateRanges) {
    for (let r = 0; r < n; r++, at += S) candidateProba.set(softmaxInPlace(scores(model, rows, start + r, out)), at);
  }
  return { confusion, correct, total, heldOut, candidateProba };
}

/**
 * The folds' outcomes, in fold order, as one: a source row keeps its own fold's label, and a candidate row
 * takes the class of highest mean probability over the fold models (summed in fold order).
 */
export function combineFolds(task: Pick<ClassifierTask, "classes" | "rowFold" | "sourceRanges" | "candidateRanges">, folds: FoldOutcome[]): ClassifierOutcome {
  const S = task.classes;
  if (S < 2) {
    return {
      accuracy: 0,
      confusion: [],
      heldOut: task.sourceRanges.map(([, n]) => new Int32Array(n).fill(-1)),
      predicted: task.candidateRanges.map(([, n]) => new Int32Array(n)),
    };
  }
  const confusion = Array.from({ length: S }, () => new Array<number>(S).fill(0));
  let correct = 0;
  let total = 0;
  for (const f of folds) {
    f.confusion.forEach((row, a) => row.forEach((n, b) => (confusion[a][b] += n)));
    correct += f.correct;
    total += f.total;
  }
  const heldOut = task.sourceRanges.map(([start, n], s) =>
    Int32Array.from({ length: n }, (_, r) => {
      const f = task.rowFold[start + r];
      return f >= 0 && f < folds.length ? (folds[f].heldOut?.[s][r] ?? -1) : -1;
    }),
  );
  const probas = folds.map((f) => f.candidateProba).filter((p): p is Float64Array => p !== null);
  const sum = new Float64Array(S);
  let at = 0;
  const predicted = task.candidateRanges.map(([, n]) =>
    Int32Array.from({ length: n }, () => {
      sum.fill(0);
      for (const p of probas) for (let c = 0; c < S; c++) sum[c] += p[at + c];
      at += S;
      let best = 0;
      for (let c = 1; c < S; c++) if (sum[c] > sum[best]) best = c;
      return best;
    }),
  );
  return { accuracy: total === 0 ? 0 : correct / total, confusion, heldOut, predicted };
}
