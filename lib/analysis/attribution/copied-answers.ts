// Answers copied word for word. A candidate whose corpus holds a source's exact answers did not merely
// learn a style: it contains that source's text. When it holds the exact answers of two or more sources, it
// mixes their texts (a corpus stitched together, or a rewriter that passes some answers through and
// regenerates others), and no single source can honestly be named. An answer shared by several sources
// (two versions of one model giving the same reply) counts for none of them.

/** Shorter answers ("Yes.", "4") are shared by chance. */
export const MIN_COPY_WORDS = 20;
/** A source counts as copied from with at least this many exact answers and this share of the candidate's. */
export const MIN_COPIES = 3;
export const MIN_COPY_SHARE = 0.01;

/** 1 for the ASCII whitespace answerHash folds (space, \t to \r): one load instead of three compares per letter. */
const ASCII_SPACE = new Uint8Array(128);
for (const c of [32, 9, 10, 11, 12, 13]) ASCII_SPACE[c] = 1;

/** Hash of an answer's text with runs of whitespace folded (one pass, 64-bit FNV-1a), or null when it is too short to count. */
export function answerHash(text: string): string | null {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_SPACE[c] === 1 : c === 160 || c === 0x3000 || c === 0x2028 || c === 0x2029) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      words++;
      h1 = Math.imul(h1 ^ 32, 16777619); // one separator per run of whitespace
      h2 = Math.imul(h2 ^ 32, 0x01000193 ^ 0x5bd1e995);
    }
    inWord = true;
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995);
  }
  if (words < MIN_COPY_WORDS) return null;
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
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

/** The sources copied from often enough to count (see MIN_COPIES and MIN_COPY_SHARE), with their copies. */
export function copiedSources(counts: number[], documents: number, names: string[]): { source: string; documents: number }[] {
  const bar = Math.max(MIN_COPIES, MIN_COPY_SHARE * documents);
  return names.flatMap((source, s) => (counts[s] >= bar ? [{ source, documents: counts[s] }] : []));
}
