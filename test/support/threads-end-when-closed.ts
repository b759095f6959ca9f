// Run as `node --import tsx test/support/threads-end-when-closed.ts` with DISTILLSCOPE_THREADS=2: a pool told
// it gets two tasks. The thread of the short one holds 256 MiB; it must end, and give that memory back,
// while the other thread is still busy (for lib/threads/thread-pool.test.ts).
import { closeThreadsAfter, endIdleThreads, runOnThread } from "@/lib/threads/thread-pool";
import { holdMemory, waitForRelease } from "./thread-exit-task.mjs";

const TASK_URL = new URL("./thread-exit-task.mjs", import.meta.url).href;
const MB = 256;
const rssMb = () => process.memoryUsage.rss() / 2 ** 20;
const release = new Int32Array(new SharedArrayBuffer(4));
closeThreadsAfter("features", 2);
const holding = runOnThread(TASK_URL, "holdMemory", holdMemory, { mb: MB }, { pool: "features" });
const busy = runOnThread(TASK_URL, "waitForRelease", waitForRelease, { release }, { pool: "features" }); // the other thread
const held = await holding;
const withMemory = rssMb();
let freedWhileBusy = false;
for (let waited = 0; waited < 5000 && !freedWhileBusy; waited += 20) {
  await new Promise((resolve) => setTimeout(resolve, 20));
  freedWhileBusy = withMemory - rssMb() > MB / 2;
}
Atomics.store(release, 0, 1);
Atomics.notify(release, 0);
const busyResult = await busy;
await endIdleThreads("features"); // resolves once the last thread has ended
const afterClose = await runOnThread(TASK_URL, "holdMemory", holdMemory, { mb: 1 }, { pool: "features" }); // a fresh pool
await endIdleThreads("features");
process.stdout.write(JSON.stringify({ held, freedWhileBusy, busyResult, afterClose }));
