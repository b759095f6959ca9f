// Run as `node --import tsx test/support/shared-memory-freed.ts [back-to-back]` with DISTILLSCOPE_THREADS=1:
// a task given shared memory, then tasks queued behind it on the same thread, which report whether the
// thread had collected the first task's view of that memory before each started (for
// lib/threads/thread-pool.test.ts). `back-to-back`: the first of them is given the same memory, so a
// collection before it would free nothing; the thread collects before the one after instead.
import { runOnThread, threadsAvailable } from "@/lib/threads/thread-pool";
import { holdView, viewCollected } from "./shared-view-task.mjs";

const TASK_URL = new URL("./shared-view-task.mjs", import.meta.url).href;
await runOnThread(TASK_URL, "viewCollected", viewCollected, {}); // the module loaded: tasks then run as their message arrives
const view = new Float64Array(new SharedArrayBuffer(8 * 2 ** 20)); // large enough to owe a collection (thread-pool.ts)
const started = new Int32Array(new SharedArrayBuffer(4));
const held = runOnThread(TASK_URL, "holdView", holdView, { view, started, busyMs: 400 });
while (Atomics.load(started, 0) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
// Queued while the first runs.
const sameMemory = process.argv[2] === "back-to-back" ? runOnThread(TASK_URL, "viewCollected", viewCollected, { view }) : null;
const collected = runOnThread(TASK_URL, "viewCollected", viewCollected, {});
const before = sameMemory ? { beforeSameMemory: await sameMemory } : {};
process.stdout.write(JSON.stringify({ threads: threadsAvailable(), length: await held, ...before, collected: await collected }));
