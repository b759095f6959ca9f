// The supervised view as one self-contained task (it runs on a worker thread beside the unsupervised
// metrics): logistic regression on the sources' training rows, cross-validated with folds grouped by
// prompt. Each fold's model labels its held-out source rows (for calibration); the fold models' mean
// probabilities label the candidates' rows.

import {
  crossValidateFolds,
  predictRow,
  scores,
  softmaxInPlace,
  stackModels,
  type LogisticModel,
  type SparseRows,
} from "@/lib/analysis/attribution/logistic-regression";

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

export function classifyDocuments(task: ClassifierTask): ClassifierOutcome {
  const { rows, y, trainRows, rowFold, classes: S, folds: K, seed } = task;
  if (S < 2) {
    return {
      accuracy: 0,
      confusion: [],
      heldOut: task.sourceRanges.map(([, n]) => new Int32Array(n).fill(-1)),
      predicted: task.candidateRanges.map(([, n]) => new Int32Array(n)),
    };
  }
  const cv = crossValidateFolds(rows, y, S, trainRows, rowFold, K, { seed });
  const heldOut = task.sourceRanges.map(([start, n]) =>
    Int32Array.from({ length: n }, (_, r) => {
      const row = start + r;
      if (cv.predicted[row] >= 0) return cv.predicted[row];
      const m = cv.models[rowFold[row]];
      return m ? predictRow(m, rows, row).label : -1;
    }),
  );
  const models = cv.models.filter((m): m is LogisticModel => m !== null);
  const label = ensembleLabeller(models, rows, S);
  const predicted = task.candidateRanges.map(([start, n]) => Int32Array.from({ length: n }, (_, r) => label(start + r)));
  return { accuracy: cv.accuracy, confusion: cv.confusion, heldOut, predicted };
}

/** The fold models stacked side by side (one pass over a row scores all of them); argmax of mean probability. */
function ensembleLabeller(models: LogisticModel[], rows: SparseRows, S: number): (row: number) => number {
  if (models.length === 0) return () => 0;
  const stacked = stackModels(models);
  const all = new Float64Array(S * models.length);
  const sum = new Float64Array(S);
  return (row) => {
    sum.fill(0);
    scores(stacked, rows, row, all);
    for (let m = 0; m < models.length; m++) {
      const p = softmaxInPlace(all.subarray(m * S, (m + 1) * S));
      for (let c = 0; c < S; c++) sum[c] += p[c];
    }
    let best = 0;
    for (let c = 1; c < S; c++) if (sum[c] > sum[best]) best = c;
    return best;
  };
}
