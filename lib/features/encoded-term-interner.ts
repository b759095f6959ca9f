// Term ids for term lists kept as bytes (EncodedTerms): terms are hashed and compared as their UTF-8 bytes,
// so a table's terms get ids without becoming strings. Two well-formed strings are equal exactly when their
// UTF-8 bytes are, so the ids are those a Map of the strings gives. Interned terms' bytes are copied into one
// buffer, so a look-up reads two arrays whatever list the term came from.

import type { EncodedTerms } from "@/lib/features/term-list-bytes";

export class EncodedTermInterner {
  private slots = new Int32Array(1 << 12); // id + 1; 0 is empty
  private keys = new Uint8Array(1 << 16);
  /** id → where its bytes start in `keys`; ends[id] where they end */
  private starts = new Int32Array(1 << 11);
  private ends = new Int32Array(1 << 11);
  private hashes = new Int32Array(1 << 11);
  private ids = 0;

  get size(): number {
    return this.ids;
  }

  /** The id of term q of `list`; a term not seen before gets the next id (`size` before the call). */
  intern(list: EncodedTerms, q: number): number {
    const at = list.starts();
    const from = at[q];
    const to = at[q + 1] - 1;
    const h = hashBytes(list.bytes, from, to);
    const found = this.lookUp(list.bytes, from, to, h);
    if (found >= 0) return found;
    return this.add(list.bytes, from, to, h);
  }

  /**
   * Every term's id in `list`, -1 for those never interned: one pass over its bytes, hashing each term up to
   * its newline (most of a source's terms are not interned, and this is the analysis' only reading of them).
   */
  findAll(list: EncodedTerms): Int32Array {
    const bytes = list.bytes;
    const n = bytes.length;
    const out = new Int32Array(list.count);
    const { slots, keys, starts, ends, hashes } = this;
    const mask = slots.length - 1;
    let from = 0;
    for (let q = 0; q < out.length; q++) {
      if (from > n) throw new Error(`a stored term list holds fewer than the ${list.count} terms its header says: the fingerprint is damaged`);
      let k = from;
      let h = FNV_OFFSET;
      for (; k < n; k++) {
        const b = bytes[k];
        if (b === NEWLINE) break;
        h = Math.imul(h ^ b, FNV_PRIME);
      }
      h = finish(h);
      const length = k - from;
      // lookUp's probe, written out here: over the 12 corpora's 525,000 phrase terms a call per term took ~25% longer.
      let id = -1;
      for (let s = h & mask; slots[s] !== 0; s = (s + 1) & mask) {
        const c = slots[s] - 1;
        if (hashes[c] !== h || ends[c] - starts[c] !== length) continue;
        const start = starts[c];
        let j = 0;
        while (j < length && keys[start + j] === bytes[from + j]) j++;
        if (j === length) {
          id = c;
          break;
        }
      }
      out[q] = id;
      from = k + 1;
    }
    if (from !== n + 1) throw new Error(`a stored term list holds more than the ${list.count} terms its header says: the fingerprint is damaged`);
    return out;
  }

  private lookUp(bytes: Uint8Array, from: number, to: number, h: number): number {
    const { slots, keys, starts, ends, hashes } = this;
    const mask = slots.length - 1;
    const length = to - from;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const slot = slots[s];
      if (slot === 0) return -1;
      const id = slot - 1;
      if (hashes[id] !== h || ends[id] - starts[id] !== length) continue;
      const start = starts[id];
      let k = 0;
      while (k < length && keys[start + k] === bytes[from + k]) k++;
      if (k === length) return id;
    }
  }

  private add(bytes: Uint8Array, from: number, to: number, h: number): number {
    const id = this.ids++;
    if (2 * this.ids > this.slots.length) this.rehash(2 * this.slots.length);
    if (id === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.hashes = grown(this.hashes);
    }
    const start = id === 0 ? 0 : this.ends[id - 1];
    const end = start + (to - from);
    if (end > this.keys.length) {
      const keys = new Uint8Array(Math.max(2 * this.keys.length, end));
      keys.set(this.keys);
      this.keys = keys;
    }
    this.keys.set(bytes.subarray(from, to), start);
    this.starts[id] = start;
    this.ends[id] = end;
    this.hashes[id] = h;
    this.place(this.slots, id);
    return id;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    for (let id = 0; id < this.ids - 1; id++) this.place(slots, id);
    this.slots = slots;
  }

  private place(slots: Int32Array, id: number): void {
    const mask = slots.length - 1;
    let s = this.hashes[id] & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id + 1;
  }
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(2 * a.length);
  out.set(a);
  return out;
}

const NEWLINE = 10;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over bytes[from, to), finished so the low bits (the table's slot) depend on every byte. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < to; k++) h = Math.imul(h ^ bytes[k], FNV_PRIME);
  return finish(h);
}

function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
