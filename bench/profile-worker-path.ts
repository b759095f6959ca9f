// npm run bench:profile [-- --runs 4 --top 30 --frequency 999 --manifest PATH]
// Where the stored-corpus worker path's CPU goes (the path docs/benchmarks.md times), by Linux perf
// (cpu-clock sampling of every thread, JIT code named through node's --perf-basic-prof). V8's own
// --cpu-prof is no guide here: it counts the time a thread waits for a core as time in the function it was
// in, and the analysis runs three busy threads on two cores (it put the bootstrap's profile sums at 340 ms an
// analysis, perf at 257). Two processes are recorded, one analysis and 1 + runs analyses, each after the
// worker's warm-up; their difference divided by `runs` is what a further analysis costs (start-up, the
// warm-up and the first, colder analysis cancel out). Needs `perf` (Debian: linux-perf) and a kernel that
// lets this user sample (perf_event_paranoid). Like the bench, it writes only to a scratch database.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { StoredTiming } from "./bench-analysis-once";
import { median } from "./measure-process";
import { KINDS, parseSample, perAnalysis, summarise, type Profile, type Sample } from "./perf-samples";
import type { StoredCorpora } from "./stored-analysis-bench";
import { BATCH_NODE_FLAGS } from "@/lib/jobs/batch-node-flags";
import { workerProcessEnv } from "@/lib/jobs/worker-process-env";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "4" },
    top: { type: "string", default: "30" },
    frequency: { type: "string", default: "999" },
    manifest: { type: "string", default: path.resolve(import.meta.dirname, "../../shared/corpora/alpaca-eval/manifest.json") },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const HZ = Number(values.frequency);
const root = path.resolve(import.meta.dirname, "..");

if (!existsSync(values.manifest!)) {
  console.error(`No manifest at ${values.manifest}: pass --manifest FILE, a manifest whose first 12 files are the sources and candidates (as npm run bench reads it).`);
  process.exit(1);
}
try {
  execFileSync("perf", ["--version"], { stdio: "ignore" });
} catch {
  console.error("perf is not installed: install Linux perf (Debian: apt-get install linux-perf) and run this again.");
  process.exit(1);
}

const built = path.join(root, "node_modules/.cache/distillscope-profile");
execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs"), "--outdir", built, "--bench"], { cwd: root, stdio: "inherit" });
const analysis = path.join(built, "bench-analysis.js");
const dir = mkdtempSync(path.join(tmpdir(), "distillscope-profile-"));
const env = workerProcessEnv({ ...process.env, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, DISTILLSCOPE_DATA_DIR: dir });
const lastLine = (out: string) => out.trim().split("\n").at(-1)!;

type Recorded = { timing: StoredTiming; profile: Profile };

/** One process that runs `analyses` analyses under perf record. */
function record(corpora: StoredCorpora, analyses: number): Recorded {
  const data = path.join(dir, `perf-${analyses}.data`);
  const args = ["--perf-basic-prof", ...BATCH_NODE_FLAGS, analysis, "stored", JSON.stringify(corpora), String(analyses)];
  const out = execFileSync("perf", ["record", "-q", "-F", String(HZ), "-o", data, "--", process.execPath, ...args], { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const timing = JSON.parse(lastLine(out)) as StoredTiming;
  const script = execFileSync("perf", ["script", "-i", data, "-F", "tid,time,ip,sym,dso"], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] });
  const samples: Sample[] = [];
  const maps = new Set<string>();
  for (const line of script.split("\n")) {
    const sample = parseSample(line);
    if (sample) samples.push(sample);
    const map = /\((\/tmp\/perf-\d+\.map)\)\s*$/.exec(line);
    if (map) maps.add(map[1]);
  }
  // node's symbol map for perf, and the log V8 writes per isolate into the working directory with --perf-basic-prof
  for (const map of maps) {
    rmSync(map, { force: true });
    const pid = /perf-(\d+)\.map$/.exec(map)![1];
    for (const log of readdirSync(root).filter((f) => new RegExp(`^isolate-0x[0-9a-f]+-${pid}-v8\\.log$`).test(f))) rmSync(path.join(root, log));
  }
  return { timing, profile: summarise(samples) };
}

const ms = (samples: number) => (samples * 1000) / HZ;

try {
  console.error("storing the 12 corpora in a scratch database…");
  const stored = execFileSync(process.execPath, [...BATCH_NODE_FLAGS, analysis, "store", values.manifest!], { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const corpora = JSON.parse(lastLine(stored)) as StoredCorpora;
  console.error("recording…");
  const fewer = record(corpora, 1);
  const more = record(corpora, 1 + RUNS);

  const cpu = ms((more.profile.samples - fewer.profile.samples) / RUNS);
  const wall = median(more.timing.runsSeconds.slice(1)) * 1000;
  const cores = availableParallelism();
  console.log(`Stored-corpus worker path, 12 corpora, per further analysis: perf record -F ${HZ} of a 1-analysis and a ${1 + RUNS}-analysis process (difference ÷ ${RUNS}).`);
  console.log(`wall ${(wall / 1000).toFixed(2)} s (median of the ${1 + RUNS}-analysis process' runs after its first: ${more.timing.runsSeconds.map((s) => s.toFixed(2)).join(", ")} s)`);
  console.log(`CPU ${(cpu / 1000).toFixed(2)} s, every thread: on ${cores} cores, busy ${((100 * cpu) / (cores * wall)).toFixed(0)}% of the wall time; all ${cores} busy throughout would take ${(cpu / cores / 1000).toFixed(2)} s`);
  console.log("\nby kind (ms per analysis, share):");
  const kinds = perAnalysis(more.profile.byKind, fewer.profile.byKind, RUNS);
  for (const kind of KINDS) {
    const n = kinds.get(kind) ?? 0;
    console.log(`  ${ms(n).toFixed(0).padStart(6)}  ${((100 * ms(n)) / cpu).toFixed(1).padStart(5)}%  ${kind}`);
  }
  console.log(`\nfunctions (ms per analysis; inlined callees count in their caller):`);
  const names = [...perAnalysis(more.profile.byName, fewer.profile.byName, RUNS)].sort((a, b) => b[1] - a[1]);
  for (const [name, n] of names.slice(0, Number(values.top))) console.log(`  ${ms(n).toFixed(0).padStart(6)}  ${((100 * ms(n)) / cpu).toFixed(1).padStart(5)}%  ${name}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
