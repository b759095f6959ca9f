// Run as `node --import tsx test/support/tasks-go-to-a-free-thread.ts` with DISTILLSCOPE_THREADS=2 (for
// lib/threads/thread-pool.test.ts). One fingerprinting thread is held busy; the tasks after it must all run
// on the other thread while it is busy, except one with the busy task's affinity, which waits for its thread.
import { endIdleThreads, runOnThread } from "@/lib/threads/thread-pool";
import { threadOf, waitForRelease } from "./thread-exit-task.mjs";

const TASK_URL = new URL("./thread-exit-task.mjs", import.meta.url).href;
const options = { pool: "features" as const };
const release = new Int32Array(new SharedArrayBuffer(4));
const done: string[] = [];
const track = <T>(name: string, p: Promise<T>) => p.then((v) => (done.push(name), v));

const busy = track("busy", runOnThread(TASK_URL, "waitForRelease", waitForRelease, { release }, { ...options, affinity: "held" }));
const free = ["a", "b", "c"].map((name) => track(name, runOnThread(TASK_URL, "threadOf", threadOf, undefined, options)));
const pinned = track("pinned", runOnThread(TASK_URL, "threadOf", threadOf, undefined, { ...options, affinity: "held" }));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
await Promise.race([Promise.all(free), pause(10_000)]); // a task queued behind the busy one would wait forever
await pause(100);
const beforeRelease = [...done];
Atomics.store(release, 0, 1);
Atomics.notify(release, 0);
await busy;
const freeThreads = await Promise.all(free);
const pinnedThread = await pinned;
await endIdleThreads("features");
process.stdout.write(
  JSON.stringify({ beforeRelease, oneFreeThread: new Set(freeThreads).size === 1, pinnedOnTheBusyThread: !freeThreads.includes(pinnedThread), after: done.slice(beforeRelease.length) }),
);
