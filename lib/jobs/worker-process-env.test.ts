import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HUGE_PAGES_TUNABLE, workerProcessEnv } from "./worker-process-env";

const THP_SETTING = "/sys/kernel/mm/transparent_hugepage/enabled";
/** Allocates and touches 64 MiB, then prints the process' AnonHugePages in kB. */
const TOUCH_64_MIB = `
const a = new Uint8Array(64 * 2 ** 20);
for (let i = 0; i < a.length; i += 4096) a[i] = 1;
const kb = /AnonHugePages:\\s+(\\d+) kB/.exec(require("node:fs").readFileSync("/proc/self/smaps_rollup", "utf8"));
process.stdout.write(kb ? kb[1] : "0");`;

describe("workerProcessEnv", () => {
  it("adds the huge-page hint and keeps the rest of the environment", () => {
    const env = workerProcessEnv({ DATABASE_URL: "file:x.db" });
    expect(env).toEqual({ DATABASE_URL: "file:x.db", GLIBC_TUNABLES: HUGE_PAGES_TUNABLE });
  });

  it("keeps tunables an operator set, the hint's own setting among them", () => {
    expect(workerProcessEnv({ GLIBC_TUNABLES: "glibc.malloc.arena_max=2" }).GLIBC_TUNABLES).toBe("glibc.malloc.arena_max=2");
    expect(workerProcessEnv({ GLIBC_TUNABLES: "glibc.malloc.hugetlb=0" }).GLIBC_TUNABLES).toBe("glibc.malloc.hugetlb=0");
    expect(workerProcessEnv({ GLIBC_TUNABLES: "" }).GLIBC_TUNABLES).toBe(HUGE_PAGES_TUNABLE);
  });

  // Only where the hint can work: Linux with transparent huge pages not "never", and glibc 2.35 or later.
  const thp = existsSync(THP_SETTING) ? /\[(always|madvise)\]/.exec(readFileSync(THP_SETTING, "utf8"))?.[1] : undefined;
  const glibc = (process.report.getReport() as { header: { glibcVersionRuntime?: string } }).header.glibcVersionRuntime ?? "0";
  const [major, minor] = glibc.split(".").map(Number);
  it.skipIf(!thp || major < 2 || (major === 2 && minor < 35))("gives a node process started with it huge pages for a large array", () => {
    const anonHuge = (env: NodeJS.ProcessEnv) => {
      const child = spawnSync(process.execPath, ["-e", TOUCH_64_MIB], { env, encoding: "utf8" });
      expect(child.status, child.stderr).toBe(0);
      return Number(child.stdout);
    };
    const without = { ...process.env, GLIBC_TUNABLES: undefined };
    expect(anonHuge(workerProcessEnv(without))).toBeGreaterThan(0);
    if (thp === "madvise") expect(anonHuge(without)).toBe(0); // "always" gives them to every process
  });
});
