// Cross-validation folds grouped by prompt. Every source answers the same prompts, so a random split tests
// source A's answer to prompt p after training on B..H's answers to p: the classifier learns "this topic is
// not A" and accuracy collapses towards (or below) chance. Grouping keeps all answers to a prompt in one fold.

import type { CorpusFeatures } from "@/lib/features/feature-types";

/** FNV-1a of a string, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The prompt group of a document: its prompt text hash, else its prompt id, else the document itself. */
export function promptGroup(f: CorpusFeatures, d: number): string {
  const text = f.docs.promptHashes[d];
  if (text) return `text:${text}`;
  const id = f.docs.promptIds[d];
  return id ? `id:${id}` : `doc:${d}`;
}

/** Fold (0..folds-1) of every document of a corpus; the same prompt gets the same fold in every corpus. */
export function promptFolds(f: CorpusFeatures, folds: number): Int32Array {
  const out = new Int32Array(f.documents);
  for (let d = 0; d < f.documents; d++) out[d] = hashString(promptGroup(f, d)) % folds;
  return out;
}

/** Documents per corpus (0..folds-1), and whether the folds follow prompts or, as a fallback, documents. */
export type SourceFolds = { folds: Int32Array[]; by: "prompt" | "document" };

/**
 * Folds for the sources' documents: by prompt when the prompts allow it. When they share too few prompts to
 * fill every fold (chat logs, or samples of a single prompt), folds grouped by prompt would leave a fold
 * empty, so the documents are dealt round-robin instead: the cross-validation and the calibration trials
 * still run, but a held-out document may answer a prompt the training documents also answered.
 */
export function sourceFolds(sources: CorpusFeatures[], folds: number): SourceFolds {
  const byPrompt = sources.map((f) => promptFolds(f, folds));
  const filled = new Array<number>(folds).fill(0);
  for (const fold of byPrompt) for (const k of fold) filled[k]++;
  if (filled.every((n) => n > 0)) return { folds: byPrompt, by: "prompt" };
  return { folds: sources.map((f) => Int32Array.from({ length: f.documents }, (_, d) => d % folds)), by: "document" };
}
