// Answers copied word for word. A candidate whose corpus holds a source's exact answers did not merely
// learn a style: it contains that source's text. When it holds the exact answers of two or more sources, it
// mixes their texts (a corpus stitched together, or a rewriter that passes some answers through and
// regenerates others), and no single source can honestly be named. An answer shared by several sources
// (two versions of one model giving the same reply) counts for none of them.

import { hashPrompt } from "@/lib/features/hash-prompt";

/** Shorter answers ("Yes.", "4") are shared by chance. */
export const MIN_COPY_WORDS = 20;
/** A source counts as copied from with at least this many exact answers and this share of the candidate's. */
export const MIN_COPIES = 3;
export const MIN_COPY_SHARE = 0.01;

/** Hash of an answer's text (NFKC, whitespace folded), or null when it is too short to count. */
export function answerHash(text: string): string | null {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++words >= MIN_COPY_WORDS) return hashPrompt(text);
  return null;
}

/** Answer hash → the one source that gave it, or -1 when several sources did. */
export function indexSourceAnswers(sources: (string | null)[][]): Map<string, number> {
  const index = new Map<string, number>();
  sources.forEach((hashes, s) => {
    for (const h of hashes) {
      if (h === null) continue;
      const seen = index.get(h);
      index.set(h, seen === undefined || seen === s ? s : -1);
    }
  });
  return index;
}

/** Per source, how many of the candidate's answers are that source's exact answers (and no other source's). */
export function countCopies(index: Map<string, number>, candidate: (string | null)[], sourceCount: number): number[] {
  const out = new Array<number>(sourceCount).fill(0);
  for (const h of candidate) {
    const s = h === null ? undefined : index.get(h);
    if (s !== undefined && s >= 0) out[s]++;
  }
  return out;
}

/** The sources copied from often enough to count (see MIN_COPIES and MIN_COPY_SHARE). */
export function copiedSources(counts: number[], documents: number, names: string[]): string[] {
  const bar = Math.max(MIN_COPIES, MIN_COPY_SHARE * documents);
  return names.filter((_, s) => counts[s] >= bar);
}
