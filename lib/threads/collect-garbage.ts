import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// A full collection on this thread, now. Shared memory (the document vectors, ~76 MB) is freed only once
// every thread holding a view of it has collected that view, and the main thread, with little left to
// allocate after the analysis' thread tasks, often did not before exit: its copy of the vectors stayed.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

export function collectGarbage(): void {
  gc();
}
