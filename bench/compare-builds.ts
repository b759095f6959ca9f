// Two builds of the CLI against each other on the 12-corpus job, in alternating runs, with the CPU of each
// thread read from /proc (Linux): on a shared machine one build's runs spread by ±10-15%, so a change of a
// few percent shows only in paired differences over many runs, and per-thread CPU says where it went.
//   node scripts/build-cli.mjs --outdir distA   (at one revision; distB at another)
//   npx tsx bench/compare-builds.ts [--runs 16] [--manifest PATH] distA distB
// The job is the manifest's first 12 files (sources first); the default is the AlpacaEval development set's
// manifest.json beside the checkout (path relative to the checkout).
// Each thread's CPU and the process' peak RSS are sampled every 20 ms (a thread that ends loses up to that).
// Threads: "main" is the process' own; "v8" are those started with the process (V8's compiler and GC
// helpers, libuv's pool); "threads" are the worker threads Distillscope starts later (fingerprinting first,
// then analysis), in order of start. The fingerprinting threads' end is when the later one was last seen.
// Prints one line per run and a summary: medians, and the mean paired difference (B - A) with its standard
// error.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { realCorpusFiles } from "./real-corpora";
import { median } from "./measure-process";

type Run = { wall: number; main: number; v8: number; threads: number[]; total: number; peakRss: number; fingerprintsEnd: number; fingerprintsGap: number };

const TICKS = 100; // USER_HZ on Linux
const { values, positionals } = parseArgs({
  options: { runs: { type: "string", default: "16" }, manifest: { type: "string", default: "../shared/corpora/alpaca-eval/manifest.json" } },
  allowPositionals: true,
});
if (positionals.length !== 2) throw new Error("usage: npx tsx bench/compare-builds.ts [--runs N] [--manifest PATH] BUILD_DIR_A BUILD_DIR_B");
const root = path.resolve(import.meta.dirname, "..");
const manifest = path.resolve(root, values.manifest!);
if (!existsSync(manifest)) throw new Error(`${manifest} is missing: the comparison runs on the AlpacaEval development set beside the checkout.`);
const real = realCorpusFiles(manifest);
const args = ["analyze", ...real.files.flatMap((f, i) => [i < real.sources ? "--source" : "--candidate", f]), "--json"];

function threadCpu(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS);
  }
  return out;
}

/** The process' peak RSS so far (VmHWM), MiB. */
function peakRssMiB(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return kb ? Number(kb[1]) / 1024 : 0;
}

async function runOnce(build: string): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(build, "cli.js"), ...args], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const pid = child.pid!;
  const last = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  const lastSeen = new Map<number, number>();
  let peakRss = 0;
  const sample = () => {
    try {
      peakRss = Math.max(peakRss, peakRssMiB(pid));
      for (const [tid, cpu] of threadCpu(pid)) {
        const now = performance.now() - started;
        last.set(tid, cpu);
        lastSeen.set(tid, now);
        if (!firstSeen.has(tid)) firstSeen.set(tid, now);
      }
    } catch {
      // the process or a thread ended between listing and reading
    }
  };
  const timer = setInterval(sample, 20);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${build}/cli.js exited with ${code}`);
  const wall = (performance.now() - started) / 1000;
  // V8's threads start together with the process (one sample sees them all), libuv's with the first file
  // read (nearly idle), the worker threads once the CLI has loaded, 100 ms or more later: a cut-off counted
  // from the first sample misfiled them when the process was slow to start.
  const busy = [...last.keys()].filter((t) => t !== pid && last.get(t)! >= 0.1);
  const v8Start = Math.min(...busy.map((t) => firstSeen.get(t)!));
  const early = [...last.keys()].filter((t) => t !== pid && (last.get(t)! < 0.1 || firstSeen.get(t)! <= v8Start + 25));
  const threads = [...last.keys()].filter((t) => t !== pid && !early.includes(t)).sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
  const sum = (ts: number[]) => ts.reduce((s, t) => s + last.get(t)!, 0);
  // The fingerprinting threads (the first two started) end as each runs out of corpora.
  const ends = threads.slice(0, 2).map((t) => lastSeen.get(t)! / 1000);
  const fingerprintsEnd = Math.max(...ends);
  return { wall, main: last.get(pid) ?? 0, v8: sum(early), threads: threads.map((t) => last.get(t)!), total: sum([...last.keys()]), peakRss, fingerprintsEnd, fingerprintsGap: fingerprintsEnd - Math.min(...ends) };
}

const runs: Record<string, Run[]> = { A: [], B: [] };
for (let r = 0; r < Number(values.runs); r++) {
  for (const [key, build] of [["A", positionals[0]], ["B", positionals[1]]] as const) {
    const run = await runOnce(build);
    runs[key].push(run);
    console.log(`${key} ${build}: wall ${run.wall.toFixed(2)} s, CPU main ${run.main.toFixed(2)}, v8 ${run.v8.toFixed(2)}, threads [${run.threads.map((t) => t.toFixed(2)).join(", ")}], total ${run.total.toFixed(2)}, peak RSS ${run.peakRss.toFixed(0)} MiB, fingerprints end ${run.fingerprintsEnd.toFixed(2)} (gap ${run.fingerprintsGap.toFixed(2)})`);
  }
}
const measures: [string, (r: Run) => number][] = [
  ["wall", (r) => r.wall],
  ["CPU, all threads", (r) => r.total],
  ["CPU, main", (r) => r.main],
  ["CPU, v8 and libuv", (r) => r.v8],
  ["CPU, fingerprinting threads (first two)", (r) => (r.threads[0] ?? 0) + (r.threads[1] ?? 0)],
  ["CPU, analysis threads (the rest)", (r) => r.threads.slice(2).reduce((s, t) => s + t, 0)],
  ["peak RSS (MiB, read every 20 ms)", (r) => r.peakRss],
  ["fingerprinting threads' end (the later one), from the start", (r) => r.fingerprintsEnd],
  ["fingerprinting threads' gap (the later one's end minus the earlier one's)", (r) => r.fingerprintsGap],
];
console.log(`\n${Number(values.runs)} alternating pairs, A = ${positionals[0]}, B = ${positionals[1]} (seconds)`);
for (const [name, of] of measures) {
  const a = runs.A.map(of);
  const b = runs.B.map(of);
  const d = b.map((x, i) => x - a[i]);
  const mean = d.reduce((s, x) => s + x, 0) / d.length;
  const se = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, d.length - 1) / d.length);
  console.log(`${name}: median A ${median(a).toFixed(2)}, B ${median(b).toFixed(2)}; B - A ${mean >= 0 ? "+" : ""}${mean.toFixed(2)} ± ${se.toFixed(2)} (mean ± standard error)`);
}
