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
