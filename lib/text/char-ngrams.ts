// Hashed character 3–5-grams over normalised text (whitespace runs folded to one space).
// Hashing into a fixed bucket space keeps counting allocation-free; collisions are rare at 2^18.

export const CHAR_BITS = 18;
export const DOC_CHAR_BITS = 16;
export const CHAR_MIN = 3;
export const CHAR_MAX = 5;

export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, " ");
}

/**
 * Calls `emit(bucket)` for every character n-gram of length min..max. Bucket = top `bits` bits of an
 * FNV-1a style hash seeded by the length, so the DOC_CHAR_BITS bucket is the CHAR_BITS bucket >>> 2.
 */
export function forEachCharNgram(
  text: string,
  emit: (bucket: number) => void,
  bits = CHAR_BITS,
  min = CHAR_MIN,
  max = CHAR_MAX,
): void {
  const shift = 32 - bits;
  const n = text.length;
  for (let i = 0; i + min <= n; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(max, n - i);
    for (let k = 0; k < end; k++) {
      h = Math.imul(h ^ text.charCodeAt(i + k), 16777619);
      if (k + 1 >= min) {
        let x = Math.imul(h ^ (k + 1), 0x9e3779b1);
        x ^= x >>> 15;
        x = Math.imul(x, 0x85ebca6b);
        x ^= x >>> 13;
        emit(x >>> shift);
      }
    }
  }
}

/** Buckets first seen in the current document (2^DOC_CHAR_BITS at most, so the buffer never grows). */
export type TouchedBuckets = { data: Uint16Array; length: number };

export function touchedBuckets(): TouchedBuckets {
  return { data: new Uint16Array(2 ** DOC_CHAR_BITS), length: 0 };
}

/**
 * forEachCharNgram over buf[0..len) without the callback (the hot path): adds each CHAR_BITS bucket to
 * `counts` and, when `docScratch` is given, each DOC_CHAR_BITS bucket to it, appending first-seen buckets
 * to `touched`. Returns the number of n-grams.
 */
export function countCharNgrams(
  buf: Uint16Array,
  len: number,
  counts: Uint32Array,
  docScratch: Uint16Array | null,
  touched: TouchedBuckets,
): number {
  const shift = 32 - CHAR_BITS;
  const docShift = CHAR_BITS - DOC_CHAR_BITS;
  const seen = touched.data;
  let nTouched = touched.length;
  let total = 0;
  for (let i = 0; i + CHAR_MIN <= len; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(CHAR_MAX, len - i);
    for (let k = 0; k < end; k++) {
      h = Math.imul(h ^ buf[i + k], 16777619);
      if (k + 1 < CHAR_MIN) continue;
      let x = Math.imul(h ^ (k + 1), 0x9e3779b1);
      x ^= x >>> 15;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      const bucket = x >>> shift;
      counts[bucket]++;
      total++;
      if (docScratch === null) continue;
      const small = bucket >>> docShift;
      const c = docScratch[small];
      if (c === 0) seen[nTouched++] = small;
      if (c < 65535) docScratch[small] = c + 1;
    }
  }
  touched.length = nTouched;
  return total;
}
