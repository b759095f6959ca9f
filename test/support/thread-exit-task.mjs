// Task module for test/support/threads-end-when-closed.ts. Plain JavaScript, imported by a thread as the
// built task modules in dist/ are.
let kept = null;

/** Keeps `mb` MiB resident on this thread until the thread ends. */
export function holdMemory({ mb }) {
  kept = new Uint8Array(mb * 2 ** 20).fill(1);
  return kept.length;
}

/** Runs until `release[0]` is set: the thread is busy meanwhile. */
export function waitForRelease({ release }) {
  while (Atomics.load(release, 0) === 0) Atomics.wait(release, 0, 0, 20);
  return "released";
}

/** The id of the thread that runs it. */
export async function threadOf() {
  const { threadId } = await import("node:worker_threads");
  return threadId;
}
