import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { toyAnalysis } from "@/test/support/toy-corpora";

type Threaded = { threads: boolean; result: unknown; taskCpu: string[] };

/** The toy analysis in a tsx process with 2 threads (`stored`: its fingerprints read back as stored). */
function analyzeOnThreads(...args: string[]): Threaded {
  const root = path.resolve(import.meta.dirname, "../..");
  const { VITEST: _vitest, ...parentEnv } = process.env;
  const env = { ...parentEnv, DISTILLSCOPE_THREADS: "2" };
  const out = execFileSync(process.execPath, ["--import", "tsx", "test/support/analyze-toy.ts", ...args], { cwd: root, env, encoding: "utf8" });
  return JSON.parse(out) as Threaded;
}

// The classifier, bootstrap, calibration trials and prompt alignment run as tasks on worker threads under
// tsx; here (vitest) they run inline. Both must give the very same result.
describe("analyze on worker threads", () => {
  it("gives the same result as on one thread", async () => {
    const threaded = analyzeOnThreads();
    expect(threaded.threads).toBe(true);

    const { createdAt: _createdAt, timings, ...inline } = await analyze(toyAnalysis());
    expect(threaded.result).toEqual(JSON.parse(JSON.stringify(inline)));
    // Each task's CPU is reported beside the stages, on a thread or here.
    for (const task of ["classifier", "alignment", "calibration", "bootstrap"]) {
      expect(threaded.taskCpu).toContain(`cpu:${task}`);
      expect(timings[`cpu:${task}`]).toBeGreaterThanOrEqual(0);
    }
    expect(threaded.taskCpu).not.toContain("cpu:evidence"); // fingerprints just computed: found on the main thread
  }, 60_000);

  it("finds stored fingerprints' evidence on a thread, with the same result", async () => {
    const threaded = analyzeOnThreads("stored");
    expect(threaded.taskCpu).toContain("cpu:evidence");
    const { createdAt: _createdAt, timings: _timings, ...inline } = await analyze(toyAnalysis());
    expect(threaded.result).toEqual(JSON.parse(JSON.stringify(inline)));
  }, 60_000);
});
