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

/**
 * Corpus-level bucket counts split in two: 16-bit low halves (512 KB, small enough to stay in cache) and
 * the rarely touched carries. Count of bucket b = low[b] + 65536 * high[b].
 */
export type CharCounts = { low: Uint16Array; high: Uint32Array };

export function charCounts(): CharCounts {
  return { low: new Uint16Array(2 ** CHAR_BITS), high: new Uint32Array(2 ** CHAR_BITS) };
}

/** Receives each DOC_CHAR_BITS bucket the first time it is seen in the current document. */
export type FirstSeen = { mark(bucket: number): void };

/**
 * forEachCharNgram over buf[0..len) without the callback (the hot path): adds each CHAR_BITS bucket to
 * `counts` and, when `docScratch` is given, each DOC_CHAR_BITS bucket to it, passing first-seen buckets
 * to `firstSeen`. Returns the number of n-grams. Positions with all three lengths ahead are unrolled (the
 * same hashes in the same order as the general loop, which takes the last few positions).
 */
export function countCharNgrams(
  buf: Uint16Array,
  len: number,
  counts: CharCounts,
  docScratch: Uint16Array | null,
  firstSeen: FirstSeen,
): number {
  const { low, high } = counts;
  let i = 0;
  for (; i + CHAR_MAX <= len; i++) {
    let h = Math.imul(0x811c9dc5 ^ buf[i], 16777619);
    h = Math.imul(h ^ buf[i + 1], 16777619);
    h = Math.imul(h ^ buf[i + 2], 16777619);
    countBucket(bucketOf(h, 3), low, high, docScratch, firstSeen);
    h = Math.imul(h ^ buf[i + 3], 16777619);
    countBucket(bucketOf(h, 4), low, high, docScratch, firstSeen);
    h = Math.imul(h ^ buf[i + 4], 16777619);
    countBucket(bucketOf(h, 5), low, high, docScratch, firstSeen);
  }
  let total = 3 * i;
  for (; i + CHAR_MIN <= len; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(CHAR_MAX, len - i);
    for (let k = 0; k < end; k++) {
      h = Math.imul(h ^ buf[i + k], 16777619);
      if (k + 1 < CHAR_MIN) continue;
      countBucket(bucketOf(h, k + 1), low, high, docScratch, firstSeen);
      total++;
    }
  }
  return total;
}

/** The CHAR_BITS bucket of an n-gram of `length` characters whose FNV hash is `h`. */
function bucketOf(h: number, length: number): number {
  let x = Math.imul(h ^ length, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x >>> (32 - CHAR_BITS);
}

function countBucket(bucket: number, low: Uint16Array, high: Uint32Array, docScratch: Uint16Array | null, firstSeen: FirstSeen): void {
  const v = (low[bucket] + 1) & 0xffff;
  low[bucket] = v;
  if (v === 0) high[bucket]++; // the 16-bit half wrapped
  if (docScratch === null) return;
  const small = bucket >>> (CHAR_BITS - DOC_CHAR_BITS);
  const c = docScratch[small];
  if (c === 0) firstSeen.mark(small);
  if (c < 65535) docScratch[small] = c + 1;
}
