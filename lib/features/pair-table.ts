// Open-addressing hash table from a pair of non-negative int32 ids to a dense id. Numeric Map keys above
// 2^31 are heap numbers in V8 and several times slower; this keeps bigram/trigram counting in typed arrays.

export class PairTable {
  private a: Int32Array;
  private b: Int32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.a = new Int32Array(cap).fill(-1);
    this.b = new Int32Array(cap);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Returns the id of (x, y), or -1 after inserting it with id `next` (the caller's count of entries). */
  getOrInsert(x: number, y: number, next: number): number {
    if ((this.size + 1) * 2 > this.a.length) this.grow();
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const ka = this.a[h];
      if (ka === -1) {
        this.a[h] = x;
        this.b[h] = y;
        this.ids[h] = next;
        this.size++;
        return -1;
      }
      if (ka === x && this.b[h] === y) return this.ids[h];
      h = (h + 1) & this.mask;
    }
  }

  private grow(): void {
    const { a, b, ids } = this;
    const cap = a.length * 2;
    this.a = new Int32Array(cap).fill(-1);
    this.b = new Int32Array(cap);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== -1) this.getOrInsert(a[i], b[i], ids[i]);
  }
}
