// Open-addressing hash table from a pair of non-negative int32 ids to a dense id (now used by the reference
// fingerprint in test/support only: lib/features/ngram-tables.ts counts pairs by sorting). Numeric Map keys
// above 2^31 are heap numbers in V8 and several times slower; this keeps bigram/trigram counting in typed arrays.
// Each slot is (x + 1, y, id) side by side in one array, so a probe touches one cache line, not three; 0
// marks an empty slot, so a new table needs no fill (fresh typed arrays are zeroed by the system).

export class PairTable {
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 4);
    this.mask = cap - 1;
  }

  /** Returns the id of (x, y), or -1 after inserting it with id `next` (the caller's count of entries). */
  getOrInsert(x: number, y: number, next: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    const key = x + 1;
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const at = h << 2;
      const ka = slots[at];
      if (ka === 0) {
        slots[at] = key;
        slots[at + 1] = y;
        slots[at + 2] = next;
        this.size++;
        return -1;
      }
      if (ka === key && slots[at + 1] === y) return slots[at + 2];
      h = (h + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 4);
    this.mask = cap - 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += 4) if (old[at] !== 0) this.getOrInsert(old[at] - 1, old[at + 1], old[at + 2]);
  }
}
