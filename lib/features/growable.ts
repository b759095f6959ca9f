/** A Uint32Array that doubles when full: per-term counters without one object per term. */
export class GrowableU32 {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(value: number): number {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length] = value;
    return this.length++;
  }
  /** Makes room for `more` entries past `length`. */
  reserve(more: number): void {
    this.data = grown(this.data, this.length + more);
  }
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/** `array` itself when it holds `needed` entries, else a copy at least twice as large. */
export function grown<T extends Typed>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  let capacity = Math.max(16, array.length * 2);
  while (capacity < needed) capacity *= 2;
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  return next;
}
