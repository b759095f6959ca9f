// Run as `node --import tsx test/support/shared-memory-freed.ts` with DISTILLSCOPE_THREADS=1: a task given
// shared memory, then a task queued behind it on the same thread, which reports whether the thread had
// collected its view of that memory before starting (for lib/threads/thread-pool.test.ts).
import { runOnThread, threadsAvailable } from "@/lib/threads/thread-pool";
import { holdView, viewCollected } from "./shared-view-task.mjs";

const TASK_URL = new URL("./shared-view-task.mjs", import.meta.url).href;
await runOnThread(TASK_URL, "viewCollected", viewCollected, {}); // the module loaded: tasks then run as their message arrives
const view = new Float64Array(new SharedArrayBuffer(8 * 2 ** 20)); // large enough to owe a collection (thread-pool.ts)
const started = new Int32Array(new SharedArrayBuffer(4));
const held = runOnThread(TASK_URL, "holdView", holdView, { view, started, busyMs: 400 });
while (Atomics.load(started, 0) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
const collected = runOnThread(TASK_URL, "viewCollected", viewCollected, {}); // queued while the first runs
process.stdout.write(JSON.stringify({ threads: threadsAvailable(), length: await held, collected: await collected }));
