// Interns words read straight from a UTF-16 buffer to dense integer ids: an open-addressing table keyed by
// an FNV-1a hash of the code units, so known words cost no string allocation and no Map lookup.

export class WordInterner {
  readonly words: string[] = [];
  private slots = new Int32Array(1 << 15).fill(-1);
  private hashes: Int32Array = new Int32Array(1 << 14);
  private starts: Int32Array = new Int32Array(1 << 14);
  private pool = new Uint16Array(1 << 17);
  private poolLength = 0;

  get size(): number {
    return this.words.length;
  }

  /** Id of the word buf[start..end), inserting it when new (new ids are `size` before the call). */
  intern(buf: Uint16Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 16777619);
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s];
      if (id === -1) return this.insert(buf, start, end, h, s);
      if (this.hashes[id] !== h || this.words[id].length !== len) continue;
      const at = this.starts[id];
      let k = 0;
      while (k < len && this.pool[at + k] === buf[start + k]) k++;
      if (k === len) return id;
    }
  }

  private insert(buf: Uint16Array, start: number, end: number, h: number, slot: number): number {
    const id = this.words.length;
    const len = end - start;
    if (id === this.hashes.length) {
      this.hashes = grow(this.hashes, id * 2);
      this.starts = grow(this.starts, id * 2);
    }
    if (this.poolLength + len > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + len));
      pool.set(this.pool);
      this.pool = pool;
    }
    this.pool.set(buf.subarray(start, end), this.poolLength);
    this.starts[id] = this.poolLength;
    this.poolLength += len;
    this.hashes[id] = h;
    this.words.push(decode(buf, start, end));
    this.slots[slot] = id;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      const h = this.hashes[id];
      let s = (h ^ (h >>> 15)) & mask;
      while (slots[s] !== -1) s = (s + 1) & mask;
      slots[s] = id;
    }
    this.slots = slots;
  }
}

function grow(a: Int32Array, size: number): Int32Array {
  const next = new Int32Array(size);
  next.set(a);
  return next;
}

function decode(buf: Uint16Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i += 4096) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(end, i + 4096)) as unknown as number[]);
  }
  return s;
}
