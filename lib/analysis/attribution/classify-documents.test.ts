import { describe, expect, it } from "vitest";
import { classifyDocuments, classifyFold, combineFolds, type ClassifierTask } from "@/lib/analysis/attribution/classify-documents";
import { crossValidateFolds, predictRow, softmaxInPlace, scores, type SparseRows } from "@/lib/analysis/attribution/logistic-regression";

/** Rows of three noisy sources (class c leans on features 2c and 2c+1), then two candidates' rows. */
function toyTask(sourceRows: number, candidateRows: number): ClassifierTask {
  const dims = 9;
  const S = 3;
  const offsets = [0];
  const index: number[] = [];
  const values: number[] = [];
  const total = S * sourceRows + 2 * candidateRows;
  for (let row = 0; row < total; row++) {
    const c = row < S * sourceRows ? Math.floor(row / sourceRows) : row % S;
    for (let j = 0; j < dims; j++) {
      const lean = j === 2 * c || j === 2 * c + 1 ? 1.2 : 0;
      const v = lean + Math.abs(Math.sin(row * 12.9898 + j * 78.233)) * 0.9;
      if ((row + j) % 4 === 0) continue;
      index.push(j);
      values.push(v);
    }
    offsets.push(index.length);
  }
  const rows: SparseRows = { offsets: Uint32Array.from(offsets), index: Uint16Array.from(index), values: Float32Array.from(values), dims };
  const y = new Int32Array(total).fill(-1);
  const rowFold = new Int32Array(total).fill(-1);
  const train: number[] = [];
  for (let s = 0; s < S; s++) {
    for (let r = 0; r < sourceRows; r++) {
      const row = s * sourceRows + r;
      rowFold[row] = (r * 7) % 3;
      if (r % 3 !== 2) {
        y[row] = s;
        train.push(row);
      }
    }
  }
  return {
    rows,
    y,
    trainRows: Int32Array.from(train),
    rowFold,
    classes: S,
    folds: 3,
    seed: 4,
    sourceRanges: [0, 1, 2].map((s): [number, number] => [s * sourceRows, sourceRows]),
    candidateRanges: [0, 1].map((k): [number, number] => [S * sourceRows + k * candidateRows, candidateRows]),
  };
}

describe("the classifier, fold by fold", () => {
  const task = toyTask(24, 10);

  it("gives cross-validation's accuracy, confusion and held-out labels, and the fold models' mean-probability labels", () => {
    const cv = crossValidateFolds(task.rows, task.y, 3, task.trainRows, task.rowFold, 3, { seed: task.seed });
    const got = classifyDocuments(task);
    expect(got.accuracy).toBe(cv.accuracy);
    expect(got.confusion).toEqual(cv.confusion);
    const heldOut = task.sourceRanges.map(([start, n]) => Array.from({ length: n }, (_, r) => predictRow(cv.models[task.rowFold[start + r]]!, task.rows, start + r).label));
    expect(got.heldOut.map((h) => Array.from(h))).toEqual(heldOut);
    for (const r of task.trainRows) expect(cv.predicted[r]).toBe(heldOut[Math.floor(r / 24)][r % 24]);
    const meanLabel = (row: number) => {
      const sum = [0, 0, 0];
      for (const m of cv.models) softmaxInPlace(scores(m!, task.rows, row, new Float64Array(3))).forEach((p, c) => (sum[c] += p));
      return sum.indexOf(Math.max(...sum));
    };
    expect(got.predicted.map((p) => Array.from(p))).toEqual(task.candidateRanges.map(([start, n]) => Array.from({ length: n }, (_, r) => meanLabel(start + r))));
    expect(got.accuracy).toBeGreaterThan(0.6);
  });

  it("gives a fold with no training rows no model: its rows stay unlabelled and the candidates go by the other folds' models", () => {
    // Every training row in fold 0: fold 0's model would train on nothing; folds 1 and 2 train on all of them.
    const rowFold = task.rowFold.map((f, row) => (f < 0 ? f : task.y[row] >= 0 ? 0 : 1 + (row % 2)));
    const lopsided = { ...task, rowFold };
    const folds = [0, 1, 2].map((fold) => classifyFold({ ...lopsided, fold }));
    expect(folds[0].heldOut).toBeNull();
    expect(folds[0].candidateProba).toBeNull();
    const got = combineFolds(lopsided, folds);
    expect(got.predicted).toEqual(combineFolds(lopsided, [folds[1], folds[2]]).predicted);
    task.sourceRanges.forEach(([start, n], s) => {
      for (let r = 0; r < n; r++) expect(got.heldOut[s][r] < 0).toBe(rowFold[start + r] === 0);
    });
    expect(got.accuracy).toBe(0); // no fold had training rows to test
  });
});
