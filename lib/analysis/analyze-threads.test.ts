import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { toyAnalysis } from "@/test/support/toy-corpora";

// The classifier, bootstrap, calibration trials and prompt alignment run as tasks on worker threads under
// tsx; here (vitest) they run inline. Both must give the very same result.
describe("analyze on worker threads", () => {
  it("gives the same result as on one thread", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const { VITEST: _vitest, ...parentEnv } = process.env;
    const env = { ...parentEnv, DISTILLSCOPE_THREADS: "2" };
    const out = execFileSync(process.execPath, ["--import", "tsx", "test/support/analyze-toy.ts"], { cwd: root, env, encoding: "utf8" });
    const threaded = JSON.parse(out) as { threads: boolean; result: unknown; taskCpu: string[] };
    expect(threaded.threads).toBe(true);

    const { createdAt: _createdAt, timings, ...inline } = await analyze(toyAnalysis());
    expect(threaded.result).toEqual(JSON.parse(JSON.stringify(inline)));
    // Each task's CPU is reported beside the stages, on a thread or here.
    for (const task of ["classifier", "alignment", "calibration", "bootstrap"]) {
      expect(threaded.taskCpu).toContain(`cpu:${task}`);
      expect(timings[`cpu:${task}`]).toBeGreaterThanOrEqual(0);
    }
  }, 60_000);
});
