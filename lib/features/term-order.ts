// Orders terms without a comparator: stable LSD radix passes over uint32 keys. A term table is sorted by
// count (descending), then by its words' lexicographic ranks, so the last key sorted is the count.

const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;

/** Stable sort of `items` by `key(item)` ascending (keys are uint32); returns a new array. */
export function radixSortBy(items: Uint32Array, key: (item: number) => number): Uint32Array {
  return radixPasses(items, keysOf(items, key));
}

// The key callbacks differ from call to call (one closure per table and key): kept apart from the passes,
// only this small loop sees them, and V8 does not throw away the compiled passes at each new callback.
function keysOf(items: Uint32Array, key: (item: number) => number): Uint32Array<ArrayBuffer> {
  const keys = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) keys[i] = key(items[i]) >>> 0;
  return keys;
}

function radixPasses(items: Uint32Array, keys: Uint32Array<ArrayBuffer>): Uint32Array {
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

/** Sorts by the keys in order of precedence (the first key decides first), each ascending. */
export function radixSortByKeys(items: Uint32Array, keys: ((item: number) => number)[]): Uint32Array {
  let out = items;
  for (let k = keys.length - 1; k >= 0; k--) out = radixSortBy(out, keys[k]);
  return out;
}

/** Key that sorts counts descending. */
export const descending = (count: number) => 0xffffffff - count;
