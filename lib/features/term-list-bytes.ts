// A stored fingerprint's term lists (n-gram tables, document vocabularies) as one newline-joined UTF-8 run
// each, instead of JSON string arrays. Nearly every term is ASCII, so a list reads back as Latin-1 (a byte per
// character, no UTF-8 decoding) split at the newlines, and only the few listed non-ASCII terms are decoded
// again as UTF-8: less of the worker's main-thread time per analysis of stored corpora than TextDecoder and
// JSON.parse of the same lists.

export type EncodedTermList = { bytes: Uint8Array; nonAscii: number[] };

const ASCII = /^[\x00-\x7f]*$/;

/** The list's bytes and its non-ASCII terms' positions; null when it is not such a list (then JSON keeps it). */
export function encodeTermList(value: unknown): EncodedTermList | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const nonAscii: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const term: unknown = value[i];
    if (typeof term !== "string" || term.includes("\n")) return null;
    if (ASCII.test(term)) continue;
    if (!term.isWellFormed()) return null; // a lone surrogate would not survive UTF-8
    nonAscii.push(i);
  }
  return { bytes: new TextEncoder().encode(value.join("\n")), nonAscii };
}

/** encodeTermList's list again; throws when the bytes do not hold `count` terms. */
export function decodeTermList(bytes: Uint8Array, count: number, nonAscii: number[]): string[] {
  const terms = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1").split("\n");
  if (terms.length !== count) throw new Error(`a stored term list holds ${terms.length} terms where its header says ${count}: the fingerprint is damaged`);
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  // Every term before a non-ASCII one is ASCII: its Latin-1 length is its length in bytes.
  let k = 0;
  let at = 0;
  for (const i of nonAscii) {
    if (!(i >= k && i < count)) throw new Error("a stored term list's non-ASCII positions are out of order: the fingerprint is damaged");
    while (k < i) at += terms[k++].length + 1;
    const length = terms[i].length;
    terms[i] = utf8.decode(bytes.subarray(at, at + length));
    at += length + 1;
    k = i + 1;
  }
  return terms;
}

/**
 * A stored term list kept as its bytes, for tables the analysis reads only in part: a term becomes a string
 * when it is asked for (termAt), and its bytes can be compared without one (EncodedTermInterner). A
 * fingerprint's word, bigram and trigram tables are most of its terms (about 55,000 strings a corpus), and
 * as strings they were most of the analysis' heap: every full collection marked them.
 */
export class EncodedTerms {
  private startsOf: Uint32Array | null = null;
  private nonAsciiSet: Set<number> | null = null;
  private latin1: Buffer | null = null;

  constructor(
    readonly bytes: Uint8Array,
    readonly count: number,
    readonly nonAscii: number[],
  ) {}

  /** Where each term starts, and one past the last term's end + 1: term i is bytes[starts[i], starts[i+1] - 1). */
  starts(): Uint32Array {
    if (this.startsOf) return this.startsOf;
    const { bytes, count } = this;
    const starts = new Uint32Array(count + 1);
    let n = 1;
    for (let k = 0; k < bytes.length; k++) {
      if (bytes[k] !== 10) continue;
      if (n === count) throw new Error(`a stored term list holds more than the ${count} terms its header says: the fingerprint is damaged`);
      starts[n++] = k + 1;
    }
    if (n !== count) throw new Error(`a stored term list holds ${n} terms where its header says ${count}: the fingerprint is damaged`);
    starts[count] = bytes.length + 1;
    this.startsOf = starts;
    return starts;
  }

  termAt(i: number): string {
    const starts = this.starts();
    const from = starts[i];
    const to = starts[i + 1] - 1;
    this.nonAsciiSet ??= new Set(this.nonAscii);
    if (this.nonAsciiSet.has(i)) return new TextDecoder("utf-8", { fatal: true }).decode(this.bytes.subarray(from, to));
    this.latin1 ??= Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    return this.latin1.toString("latin1", from, to);
  }

  decode(): string[] {
    return decodeTermList(this.bytes, this.count, this.nonAscii);
  }
}

type LazyTable = { terms: string[] };
type LazyRecord = { encoded: EncodedTerms; decoded: string[] | null };
const lazyRecords = new WeakMap<object, LazyRecord>();

/**
 * `table` with `terms` read from `encoded` on first use (then kept as strings, as a plain table's). Every
 * reader of `terms` sees the strings; termReader and encodedTermsOf let a reader of a few skip the rest.
 */
export function withLazyTerms<T extends LazyTable>(table: Omit<T, "terms">, encoded: EncodedTerms): T {
  const record: LazyRecord = { encoded, decoded: null };
  const lazy = { terms: [] as string[], ...table } as T; // `terms` first, as in a table built in memory
  const settle = (terms: string[]) => {
    record.decoded = terms;
    Object.defineProperty(lazy, "terms", { value: terms, enumerable: true, configurable: true, writable: true });
    return terms;
  };
  Object.defineProperty(lazy, "terms", {
    enumerable: true,
    configurable: true,
    get: () => settle(record.decoded ?? encoded.decode()),
    set: settle,
  });
  lazyRecords.set(lazy, record);
  return lazy;
}

/** The table's terms as bytes while they are not yet strings (withLazyTerms); null for any other table. */
export function encodedTermsOf(table: object): EncodedTerms | null {
  const record = lazyRecords.get(table);
  return record && !record.decoded ? record.encoded : null;
}

/** Term i of a table, without making strings of the others when they are still bytes. */
export function termReader(table: LazyTable): (i: number) => string {
  const encoded = encodedTermsOf(table);
  if (!encoded) {
    const terms = table.terms;
    return (i) => terms[i];
  }
  return (i) => encoded.termAt(i);
}

/**
 * An object's values for a walk over its typed arrays: a table's terms still bytes (withLazyTerms) are given
 * as those bytes, so the walk neither makes strings of them nor misses the memory they keep.
 */
export function valuesForWalk(value: object): unknown[] {
  const encoded = encodedTermsOf(value);
  if (!encoded) return Object.values(value);
  return Object.keys(value).map((k) => (k === "terms" ? encoded.bytes : (value as Record<string, unknown>)[k]));
}
