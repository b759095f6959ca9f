// A fixed list of term counts looked up as a Map's, held as one string and a few typed arrays. The human
// word lists stay loaded for a worker's life, and as Maps (SUBTLEX's 74,000 words, jieba's 349,000) they
// were hundreds of thousands of objects that every full collection of the worker's main thread marked.

/** What a count lookup needs: a Map<string, number> is one too. */
export type TermCountLookup = { get(term: string): number | undefined };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashTerm(term: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

export class TermCounts implements TermCountLookup {
  /** every term followed by "\n" (a term holds no newline) */
  private readonly text: string;
  /** term i is text[starts[i], starts[i + 1] - 1) */
  private readonly starts: Uint32Array;
  private readonly counts: Float64Array;
  /** open addressing: a term's index + 1, 0 where empty; at most half full */
  private readonly slots: Int32Array;
  readonly size: number;

  constructor(entries: Map<string, number>) {
    const terms = [...entries.keys()];
    if (terms.some((t) => t.includes("\n"))) throw new Error("TermCounts: a term holds a newline.");
    this.size = terms.length;
    this.text = terms.length === 0 ? "" : `${terms.join("\n")}\n`;
    this.starts = new Uint32Array(terms.length + 1);
    this.counts = new Float64Array(terms.length);
    this.slots = new Int32Array(2 ** Math.max(4, Math.ceil(Math.log2(2 * terms.length + 1))));
    const mask = this.slots.length - 1;
    terms.forEach((term, i) => {
      this.starts[i + 1] = this.starts[i] + term.length + 1;
      this.counts[i] = entries.get(term)!;
      let s = hashTerm(term) & mask;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.slots[s] = i + 1;
    });
  }

  get(term: string): number | undefined {
    const mask = this.slots.length - 1;
    for (let s = hashTerm(term) & mask; this.slots[s] !== 0; s = (s + 1) & mask) {
      const i = this.slots[s] - 1;
      const start = this.starts[i];
      if (this.starts[i + 1] - start - 1 === term.length && this.text.startsWith(term, start)) return this.counts[i];
    }
    return undefined;
  }
}
