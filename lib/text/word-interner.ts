// Interns words read straight from a UTF-16 buffer to dense integer ids: an open-addressing table keyed by
// an FNV-1a hash of the code units, so known words cost no string allocation and no Map lookup. A slot holds
// (hash, id, start in the pool, length) side by side: one probe reads one cache line.

const EMPTY = -1;

export class WordInterner {
  readonly words: string[] = [];
  private slots = new Int32Array(4 << 15).fill(EMPTY);
  private mask = (1 << 15) - 1;
  private pool = new Uint16Array(1 << 17);
  private poolLength = 0;

  get size(): number {
    return this.words.length;
  }

  /** Id of the word buf[start..end), inserting it when new (new ids are `size` before the call). */
  intern(buf: Uint16Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 16777619);
    const { slots, pool, mask } = this;
    const len = end - start;
    for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
      const at = s << 2;
      const id = slots[at + 1];
      if (id === EMPTY) return this.insert(buf, start, end, h, at);
      if (slots[at] !== h || slots[at + 3] !== len) continue;
      const from = slots[at + 2];
      let k = 0;
      while (k < len && pool[from + k] === buf[start + k]) k++;
      if (k === len) return id;
    }
  }

  private insert(buf: Uint16Array, start: number, end: number, h: number, at: number): number {
    const id = this.words.length;
    const len = end - start;
    if (this.poolLength + len > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + len));
      pool.set(this.pool);
      this.pool = pool;
    }
    const pool = this.pool;
    for (let k = 0; k < len; k++) pool[this.poolLength + k] = buf[start + k]; // no view: one heap object less per new word
    this.slots[at] = h;
    this.slots[at + 1] = id;
    this.slots[at + 2] = this.poolLength;
    this.slots[at + 3] = len;
    this.poolLength += len;
    this.words.push(decodeCodeUnits(buf, start, end));
    if ((id + 1) * 2 > this.mask + 1) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    const slots = new Int32Array(cap * 4).fill(EMPTY);
    const mask = cap - 1;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 1] === EMPTY) continue;
      const h = old[at];
      let s = (h ^ (h >>> 15)) & mask;
      while (slots[(s << 2) + 1] !== EMPTY) s = (s + 1) & mask;
      const to = s << 2;
      for (let k = 0; k < 4; k++) slots[to + k] = old[at + k];
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * The string of buf[start..end). Most words are short: they are read without a subarray view, which is a
 * heap object of its own (a corpus interns hundreds of thousands of new words).
 */
export function decodeCodeUnits(buf: Uint16Array, start: number, end: number): string {
  const b = start;
  switch (end - start) {
    case 0:
      return "";
    case 1:
      return String.fromCharCode(buf[b]);
    case 2:
      return String.fromCharCode(buf[b], buf[b + 1]);
    case 3:
      return String.fromCharCode(buf[b], buf[b + 1], buf[b + 2]);
    case 4:
      return String.fromCharCode(buf[b], buf[b + 1], buf[b + 2], buf[b + 3]);
    case 5:
      return String.fromCharCode(buf[b], buf[b + 1], buf[b + 2], buf[b + 3], buf[b + 4]);
    case 6:
      return String.fromCharCode(buf[b], buf[b + 1], buf[b + 2], buf[b + 3], buf[b + 4], buf[b + 5]);
    case 7:
      return String.fromCharCode(buf[b], buf[b + 1], buf[b + 2], buf[b + 3], buf[b + 4], buf[b + 5], buf[b + 6]);
    case 8:
      return String.fromCharCode(buf[b], buf[b + 1], buf[b + 2], buf[b + 3], buf[b + 4], buf[b + 5], buf[b + 6], buf[b + 7]);
  }
  let s = "";
  for (let i = start; i < end; i += 4096) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(end, i + 4096)) as unknown as number[]);
  }
  return s;
}
