import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Worker threads run under tsx only (vitest runs tasks inline), so the pool is exercised in a child process.
describe("analysis threads and shared memory", () => {
  it("collects a task's view of shared memory before the task queued behind it starts", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const { VITEST: _vitest, ...parentEnv } = process.env;
    const out = execFileSync(process.execPath, ["--import", "tsx", "test/support/shared-memory-freed.ts"], {
      cwd: root,
      env: { ...parentEnv, DISTILLSCOPE_THREADS: "1" },
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual({ threads: true, length: 1024, collected: true });
  }, 60_000);

  it("ends a closed pool's thread once it runs out of work, while the other thread is still busy", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const { VITEST: _vitest, ...parentEnv } = process.env;
    const out = execFileSync(process.execPath, ["--import", "tsx", "test/support/threads-end-when-closed.ts"], {
      cwd: root,
      env: { ...parentEnv, DISTILLSCOPE_THREADS: "2" },
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual({ held: 256 * 2 ** 20, freedWhileBusy: true, busyResult: "released", afterClose: 2 ** 20 });
  }, 60_000);
});
