// Memory that goes back to the system when it is freed. glibc serves an allocation from its own mapping
// only above a threshold that rises (up to 32 MiB) each time a mapped block is freed; below it, blocks come
// from per-thread arenas, and a few live ones there keep all the freed space around them from the system.
// Fingerprinting threads free many growing arrays, so their results and the analysis' large arrays ended
// up interleaved with garbage that stayed resident (the 12-corpus CLI job: ~130 MB). A buffer above the
// maximum threshold always gets a mapping of its own, and freeing it does not raise the threshold. Its
// untouched pages cost address space only, so the reservation can be far larger than what is written.
// Only for arrays that live long or are freed early on purpose: every mapping is new, zeroed memory, and
// the fingerprint's growing arrays took ~20% more CPU this way (measured; they stay on malloc).

/** Bytes above glibc's largest dynamic mmap threshold (32 MiB on 64-bit). */
export const OWN_MAPPING_BYTES = 33 * 2 ** 20;

/** Below this, an array stays on the ordinary allocator (small arrays are many and short-lived). */
const SMALL_BYTES = 64 * 1024;

/** An ArrayBuffer of at least `bytes`, in a mapping of its own when it is not small. */
export function largeBuffer(bytes: number): ArrayBuffer {
  return new ArrayBuffer(bytes < SMALL_BYTES ? bytes : Math.max(bytes, OWN_MAPPING_BYTES));
}
