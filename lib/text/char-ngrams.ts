// Hashed character 3–5-grams over normalised text (whitespace runs folded to one space).
// Hashing into a fixed bucket space (2^16, for documents and corpora alike) keeps counting allocation-free.

export const DOC_CHAR_BITS = 16;
export const CHAR_MIN = 3;
export const CHAR_MAX = 5;

export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, " ");
}

/**
 * Calls `emit(bucket)` for every character n-gram of length min..max. Bucket = top `bits` bits of an
 * FNV-1a style hash seeded by the length, so a smaller space's bucket is a larger one's shifted right.
 */
export function forEachCharNgram(
  text: string,
  emit: (bucket: number) => void,
  bits = DOC_CHAR_BITS,
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

/** Receives each DOC_CHAR_BITS bucket the first time it is seen in the current document. */
export type FirstSeen = { mark(bucket: number): void };

/**
 * forEachCharNgram over buf[0..len) at DOC_CHAR_BITS, without the callback (the hot path): adds each
 * n-gram to its bucket in `docCounts`, passing first-seen buckets to `firstSeen`. Returns the number of
 * n-grams. The caller drains the document's buckets (and adds them to its corpus' counts), so each n-gram
 * touches one small table. Positions with all three lengths ahead are unrolled (the same hashes in the same
 * order as the general loop, which takes the last few positions).
 */
export function countCharNgrams(buf: Uint16Array, len: number, docCounts: Uint32Array, firstSeen: FirstSeen): number {
  let i = 0;
  for (; i + CHAR_MAX <= len; i++) {
    let h = Math.imul(0x811c9dc5 ^ buf[i], 16777619);
    h = Math.imul(h ^ buf[i + 1], 16777619);
    h = Math.imul(h ^ buf[i + 2], 16777619);
    countBucket(bucketOf(h, 3), docCounts, firstSeen);
    h = Math.imul(h ^ buf[i + 3], 16777619);
    countBucket(bucketOf(h, 4), docCounts, firstSeen);
    h = Math.imul(h ^ buf[i + 4], 16777619);
    countBucket(bucketOf(h, 5), docCounts, firstSeen);
  }
  let total = 3 * i;
  for (; i + CHAR_MIN <= len; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(CHAR_MAX, len - i);
    for (let k = 0; k < end; k++) {
      h = Math.imul(h ^ buf[i + k], 16777619);
      if (k + 1 < CHAR_MIN) continue;
      countBucket(bucketOf(h, k + 1), docCounts, firstSeen);
      total++;
    }
  }
  return total;
}

/** The DOC_CHAR_BITS bucket of an n-gram of `length` characters whose FNV hash is `h` (forEachCharNgram's). */
function bucketOf(h: number, length: number): number {
  let x = Math.imul(h ^ length, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x >>> (32 - DOC_CHAR_BITS);
}

function countBucket(bucket: number, docCounts: Uint32Array, firstSeen: FirstSeen): void {
  const c = docCounts[bucket];
  if (c === 0) firstSeen.mark(bucket);
  docCounts[bucket] = c + 1;
}
