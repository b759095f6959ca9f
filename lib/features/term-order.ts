// Orders terms without a comparator: stable LSD radix passes over uint32 keys. A term table is sorted by
// count (descending), then by its words' lexicographic ranks, so the last key sorted is the count.
// Keys are columns (typed arrays indexed by position), not callbacks: a callback per table and key was a
// new closure for every corpus, and V8 recompiled the passes and the callbacks for each one.

const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;

/** The key of position p: `values[p]`, or `values[at[p]]` when `at` is given (a word's rank, say). */
export type KeyColumn = { values: Uint32Array; at?: Uint32Array };

/** Positions 0..n-1 stably sorted by the keys in order of precedence (the first decides first), each ascending. */
export function sortPositions(n: number, keys: KeyColumn[]): Uint32Array {
  let out = new Uint32Array(n);
  for (let p = 0; p < n; p++) out[p] = p;
  for (let k = keys.length - 1; k >= 0; k--) out = radixPasses(out, keysOf(out, keys[k]));
  return out;
}

function keysOf(items: Uint32Array, { values, at }: KeyColumn): Uint32Array<ArrayBuffer> {
  const keys = new Uint32Array(items.length);
  if (at === undefined) for (let i = 0; i < items.length; i++) keys[i] = values[items[i]];
  else for (let i = 0; i < items.length; i++) keys[i] = values[at[items[i]]];
  return keys;
}

function radixPasses(items: Uint32Array, keys: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const n = items.length;
  let max = 0;
  for (let i = 0; i < n; i++) if (keys[i] > max) max = keys[i];
  let src = items.slice();
  let srcKeys = keys;
  let dst = new Uint32Array(n);
  let dstKeys = new Uint32Array(n);
  const counts = new Uint32Array(RADIX);
  for (let shift = 0; shift < 32 && (shift === 0 || max >>> shift !== 0); shift += BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(srcKeys[i] >>> shift) & MASK]++;
    for (let b = 0, sum = 0; b < RADIX; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(srcKeys[i] >>> shift) & MASK]++;
      dst[at] = src[i];
      dstKeys[at] = srcKeys[i];
    }
    [src, dst] = [dst, src];
    [srcKeys, dstKeys] = [dstKeys, srcKeys];
  }
  return src;
}

/** Key that sorts counts descending. */
export const descending = (count: number) => 0xffffffff - count;
