// A bitmap of small non-negative integers that hands them back in ascending order: per-document sparse rows
// come out sorted without a sort (typed-array sort in V8 costs ~100 ns per element).

export class SortedMarks {
  private bits: Uint32Array;
  private out: Uint32Array;
  size = 0;

  constructor(universe: number) {
    this.bits = new Uint32Array(Math.ceil(universe / 32));
    this.out = new Uint32Array(universe);
  }

  /** Marks k; the caller marks each value at most once between drains. */
  mark(k: number): void {
    this.bits[k >>> 5] |= 1 << (k & 31);
    this.size++;
  }

  /** The marked values ascending (a view valid until the next drain), and clears the set. */
  drain(): Uint32Array {
    const n = collect(this.bits, this.out, this.size);
    this.size = 0;
    return this.out.subarray(0, n);
  }
}

/**
 * Writes the set bits' positions ascending to `out`, clears them, returns how many. A function of its own,
 * ending right after its loop: V8 compiled the loop on its first long run, before the code after it had
 * run, and re-entering that code deoptimised on every call (~900 times a job).
 */
function collect(bits: Uint32Array, out: Uint32Array, size: number): number {
  let n = 0;
  for (let w = 0; w < bits.length && n < size; w++) {
    let x = bits[w];
    if (x === 0) continue;
    bits[w] = 0;
    while (x !== 0) {
      const low = x & -x;
      out[n++] = (w << 5) + 31 - Math.clz32(low);
      x ^= low;
    }
  }
  return n;
}
