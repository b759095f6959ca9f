import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runOnThread } from "@/lib/threads/thread-pool";

// Worker threads run under tsx only (vitest runs tasks inline), so the pool is exercised in a child process.
function runScript(script: string, threads: number, args: string[] = []): unknown {
  const root = path.resolve(import.meta.dirname, "../..");
  const { VITEST: _vitest, ...parentEnv } = process.env;
  const out = execFileSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, env: { ...parentEnv, DISTILLSCOPE_THREADS: String(threads) }, encoding: "utf8" });
  return JSON.parse(out);
}

describe("thread pools", () => {
  it("collects a task's view of shared memory before the task queued behind it starts", () => {
    expect(runScript("test/support/shared-memory-freed.ts", 1)).toEqual({ threads: true, length: 2 ** 20, collected: true });
  }, 60_000);

  it("carries the collection past a next task given the same shared memory, and collects before the one after", () => {
    expect(runScript("test/support/shared-memory-freed.ts", 1, ["back-to-back"])).toEqual({ threads: true, length: 2 ** 20, beforeSameMemory: false, collected: true });
  });

  it("ends a closed pool's thread once it runs out of work, while the other thread is still busy", () => {
    expect(runScript("test/support/threads-end-when-closed.ts", 2)).toEqual({ held: 256 * 2 ** 20, freedWhileBusy: true, busyResult: "released", afterClose: 2 ** 20 });
  }, 60_000);

  it("reports the CPU a task took on its thread", () => {
    const { threads, busy, idle } = runScript("test/support/task-cpu-reported.ts", 1) as { threads: boolean; busy: number; idle: number };
    expect(threads).toBe(true);
    // 400 ms of CPU spun (however loaded the machine), nearly all on the task's thread; the kernel counts in 10 ms steps.
    expect(busy).toBeGreaterThanOrEqual(100);
    expect(idle).toBeLessThan(busy);
  }, 60_000);

  it("reports a task's CPU when it runs on this thread (no threads)", async () => {
    let cpuMs = -1;
    // Spins until the process has used `busyMs` of CPU, however loaded the machine is.
    const spin = ({ busyMs }: { busyMs: number }) => {
      const start = process.cpuUsage();
      for (let used = process.cpuUsage(start); used.user + used.system < busyMs * 1000; used = process.cpuUsage(start));
      return busyMs;
    };
    await runOnThread("unused: there are no threads under vitest", "spin", spin, { busyMs: 300 }, { onCpuMs: (ms) => (cpuMs = ms) });
    expect(cpuMs).toBeGreaterThanOrEqual(300);
    expect(cpuMs).toBeLessThan(1000);
  });

  it("gives a fingerprinting task to the first thread that is free, and one with an affinity to its own thread", () => {
    expect(runScript("test/support/tasks-go-to-a-free-thread.ts", 2)).toEqual({
      beforeRelease: ["a", "b", "c"],
      oneFreeThread: true,
      pinnedOnTheBusyThread: true,
      after: ["busy", "pinned"],
    });
  }, 60_000);
});
