import { readFileSync } from "node:fs";
import { buildAnalysisSpace, evenSample } from "@/lib/analysis/attribution/analysis-space";
import { buildDocumentVectors } from "@/lib/analysis/attribution/document-vectors";
import { crossValidate, crossValidateFolds } from "@/lib/analysis/attribution/logistic-regression";
import { promptFolds } from "@/lib/analysis/attribution/prompt-folds";
import { deserializeFeatures } from "@/lib/features/serialize-features";
const m = JSON.parse(readFileSync("/work/shared/corpora/alpaca-eval/manifest.json", "utf8"));
const feats = m.sources.map((f: string) => deserializeFeatures(readFileSync(`/tmp/a3/cache/${f}.bin`)));
const S = feats.length;
const space = buildAnalysisSpace(feats, 1000);
const v = buildDocumentVectors(space, 1000, feats.map((_: unknown, i: number) => i));
const nDocs = Number(process.argv[2] ?? 300);
const y = new Int32Array(v.rows.offsets.length - 1).fill(-1);
const fold = new Int32Array(y.length).fill(-1);
const rows: number[] = [];
for (let s = 0; s < S; s++) {
  const pf = promptFolds(feats[s], 3);
  for (const r of evenSample(v.docs[s].length, nDocs)) { y[v.start[s] + r] = s; rows.push(v.start[s] + r); fold[v.start[s] + r] = pf[v.docs[s][r]]; }
}
let nnz = 0; for (const r of rows) nnz += v.rows.offsets[r + 1] - v.rows.offsets[r];
console.log("nnz/row", nnz / rows.length, "dims", v.rows.dims);
for (const [epochs, learningRate, l2] of [[4, 1, 1e-5]]) {
  const t = performance.now();
  console.log("by prompt", epochs, learningRate, l2, (() => { const cv = crossValidateFolds(v.rows, y, S, rows, fold, 3, { epochs, learningRate, l2 }); return cv.accuracy + "\n" + cv.confusion.map((r) => r.join(" ")).join("\n"); })(), performance.now() - t);
}
