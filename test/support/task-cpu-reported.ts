// Run as `node --import tsx test/support/task-cpu-reported.ts` with DISTILLSCOPE_THREADS=1: a busy task and an
// idle one on a worker thread, each with the CPU its thread reported (for lib/threads/thread-pool.test.ts).
import { runOnThread, threadsAvailable } from "@/lib/threads/thread-pool";
import { spin } from "./spin-task.mjs";

const TASK_URL = new URL("./spin-task.mjs", import.meta.url).href;
const cpuOf = async (busyMs: number) => {
  let cpuMs: number | null = null;
  await runOnThread(TASK_URL, "spin", spin, { busyMs }, { onCpuMs: (ms) => (cpuMs = ms) });
  return cpuMs;
};
await cpuOf(0); // the module loaded first: its loading is not the task's
process.stdout.write(JSON.stringify({ threads: threadsAvailable(), busy: await cpuOf(400), idle: await cpuOf(0) }));
