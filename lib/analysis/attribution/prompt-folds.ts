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
