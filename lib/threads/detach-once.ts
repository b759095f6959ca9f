// V8 compiles typed-array code on the assumption that no ArrayBuffer of the isolate was ever detached, and
// throws all of that code away the first time one is (a transfer out of the thread, releaseBuffers): in the
// 12-corpus CLI job, dozens of hot functions per fingerprinting thread, recompiled after its first corpus.
// A thread that will move buffers out detaches a throwaway one before anything hot is compiled. Not for a
// thread that never does: its code without the checks a detached buffer needs ran faster (the analysis
// threads took ~30% more CPU with it, 6 alternating runs).

/** Detaches a throwaway ArrayBuffer (see above). */
export function detachOnce(): void {
  const b = new ArrayBuffer(8);
  structuredClone(b, { transfer: [b] });
}
