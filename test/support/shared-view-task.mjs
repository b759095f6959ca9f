// Task module for test/support/shared-memory-freed.ts: remembers a shared view weakly, then reports whether
// the thread has collected it. Plain JavaScript, so a thread imports it as it imports the built task modules
// in dist/ (a TypeScript module goes through tsx's loader, whose import resolves later and hides the order
// this checks).
import { runInNewContext } from "node:vm";

let held = null;

/** A full collection while the view is in use moves it to the old generation, as a long task's arrays are. */
export function holdView({ view, started, busyMs }) {
  Atomics.store(started, 0, 1);
  held = new WeakRef(view);
  runInNewContext("gc")(); // exposed by the pool's thread boot code
  const until = Date.now() + busyMs; // a long task: the next one is queued while it runs
  while (Date.now() < until);
  return view.length;
}

export function viewCollected() {
  return held !== null && held.deref() === undefined;
}
