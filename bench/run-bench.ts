// npm run bench [-- --ingest-mb 1024 --chinese-mb 128 --scale 50x10000 --postgres URL --runs 3 --write-docs]
// Times what users wait for: whole commands as separate processes (the CLI built ahead of time, as users run
// it), from start to complete output, with each process' peak RSS; the 12-corpus job also as a ratio to
// ../shared/bench/word-count-baseline.mjs timed in the same run on the same files, so the figure holds on
// any machine. Also: fingerprint MB/s per core, where the CLI job's memory goes, ingest throughput (SQLite
// and PostgreSQL), the analysis worker's claim → stored path, and a large synthetic analysis. With
// --write-docs it rewrites docs/benchmarks.md from this run's output. Databases are scratch ones: a
// temporary SQLite file, and on the PostgreSQL server a database created for the run and dropped after
// (bench/scratch-postgres.ts); no existing data is read or changed.
import { execFileSync } from "node:child_process";
import { writeSyntheticJsonl } from "./make-synthetic-jsonl";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { IngestBenchRow } from "./ingest-bench";
import type { CaseSize, StoredTiming, Timing } from "./bench-analysis-once";
import type { FeatureThroughput } from "./bench-features-once";
import type { MemoryBreakdown } from "./bench-memory-once";
import { median, timeProcess, type ProcessRun } from "./measure-process";
import { realCorpusFiles } from "./real-corpora";
import type { StoredCorpora } from "./stored-analysis-bench";
import { withScratchPostgres } from "./scratch-postgres";
import { readMarkedBlocks } from "./docs-block";
import { describeCpu, hugePagesMode, measureNewMemoryCost, measureParallelScaling, type ParallelScaling } from "./host-profile";
import { BATCH_NODE_FLAGS } from "@/lib/jobs/batch-node-flags";
import { workerProcessEnv } from "@/lib/jobs/worker-process-env";

const { values } = parseArgs({
  options: {
    "ingest-mb": { type: "string", default: "1024" },
    "chinese-mb": { type: "string", default: "128" },
    scale: { type: "string", default: "50x10000" },
    postgres: { type: "string", default: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test" },
    manifest: { type: "string", default: path.resolve(import.meta.dirname, "../../shared/corpora/alpaca-eval/manifest.json") },
    baseline: { type: "string", default: path.resolve(import.meta.dirname, "../../shared/bench/word-count-baseline.mjs") },
    runs: { type: "string", default: "3" },
    "write-docs": { type: "boolean", default: false },
  },
});

const root = path.resolve(import.meta.dirname, "..");
const RUNS = Math.max(1, Number(values.runs));
const tsx = path.join(root, "node_modules/.bin/tsx");
/** Runs a bench child process and parses the JSON line it prints last. */
const lastJsonLine = <T>(command: string, args: string[], env: Record<string, string>): T => {
  const out = execFileSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").at(-1)!) as T;
};
const child = <T>(script: string, args: string[], env: Record<string, string> = {}): T => lastJsonLine<T>(tsx, [path.join(root, "bench", script), ...args], env);

/** A temporary data directory with its SQLite file, removed after. */
async function withScratchDir<T>(work: (env: Record<string, string>) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), "distillscope-bench-db-"));
  try {
    return await work({ DATABASE_URL: `file:${path.join(dir, "bench.db")}`, DISTILLSCOPE_DATA_DIR: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const onPostgres = <T>(work: (env: Record<string, string>) => T | Promise<T>) =>
  withScratchPostgres(values.postgres!, (url) => withScratchDir((env) => work({ ...env, DATABASE_URL: url })));

const loadAtStart = loadavg()[0];

// The CLI exactly as `npm run build` makes it, built from the current sources into a folder of the bench's own,
// and started as `npm run cli` and the job worker start it: node with BATCH_NODE_FLAGS.
const built = path.join(root, "node_modules/.cache/distillscope-bench");
execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs"), "--outdir", built, "--bench"], { cwd: root, stdio: "inherit" });
const cli = (args: string[], env: Record<string, string>, flags: readonly string[] = BATCH_NODE_FLAGS) => timeProcess(process.execPath, [...flags, path.join(built, "cli.js"), ...args], env, root);
/** bench/bench-analysis-once.ts, built with the CLI: the analysis runs from built code, as the worker's does. */
const analysisChild = <T>(args: string[], env: Record<string, string> = {}): T => lastJsonLine<T>(process.execPath, [...BATCH_NODE_FLAGS, path.join(built, "bench-analysis.js"), ...args], env);

type CommandRow = { what: string; runs: ProcessRun[]; note?: string };
const commands: CommandRow[] = [];
const seconds = (row: CommandRow) => median(row.runs.map((r) => r.seconds));
const peak = (row: CommandRow) => Math.max(...row.runs.map((r) => r.peakRssMb));
/** Median CPU seconds of the runs (all threads): steadier than wall time on a shared machine. */
const cpu = (row: CommandRow) => (row.runs.every((r) => r.cpuSeconds !== null) ? median(row.runs.map((r) => r.cpuSeconds!)).toFixed(2) : "–");

console.error("cli --help…");
const help: CommandRow = { what: "`cli --help`", runs: [] };
for (let r = 0; r < RUNS; r++) help.runs.push(await cli(["--help"], {}));

const real = existsSync(values.manifest!) ? realCorpusFiles(values.manifest!) : null;
let baseline: CommandRow | null = null;
let scaling: ParallelScaling | null = null;
let fromFiles: CommandRow | null = null;
/** The same job in a node started without BATCH_NODE_FLAGS: what the flags are worth. */
let plainNode: CommandRow | null = null;
const features: { what: string; row: FeatureThroughput }[] = [];
let memory: MemoryBreakdown | null = null;
const stored: CommandRow[] = [];
const worker: { database: string; timing: StoredTiming; featureBytes: number }[] = [];
/** The worker path on SQLite without resampling: what the point estimates alone cost. */
let pointOnly: StoredTiming | null = null;
/** The worker path on SQLite when the worker still holds the fingerprints from an earlier analysis. */
let again: StoredTiming | null = null;
/** The worker path on SQLite started without the job worker's huge-page hint. */
let unhinted: StoredTiming | null = null;
if (real) {
  const sources = real.files.slice(0, real.sources);
  const candidates = real.files.slice(real.sources);
  const analyzeArgs = (refs: string[]) => ["analyze", ...refs.slice(0, real.sources).flatMap((s) => ["--source", s]), ...refs.slice(real.sources).flatMap((c) => ["--candidate", c]), "--json"];
  baseline = { what: `word-count baseline (\`node word-count-baseline.mjs\`, the same ${real.files.length} files)`, runs: [] };
  fromFiles = { what: `\`cli analyze\` on ${real.files.length} AlpacaEval files (${sources.length} sources, ${candidates.length} candidates) → JSON`, runs: [] };
  plainNode = { what: `the same, node started without \`${BATCH_NODE_FLAGS.join(" ")}\``, runs: [] };
  // Alternating runs, so both see the same share of whatever else the machine is doing.
  await withScratchDir(async (env) => {
    for (let r = 0; r < RUNS; r++) {
      console.error(`12 files: word-count baseline and cli analyze, run ${r + 1} of ${RUNS}…`);
      baseline!.runs.push(await timeProcess(process.execPath, [values.baseline!, ...real.files], {}, root));
      const run = await cli(analyzeArgs(real.files), env);
      if (!JSON.parse(run.stdout).candidates?.length) throw new Error("cli analyze printed no candidates");
      fromFiles!.runs.push(run);
      plainNode!.runs.push(await cli(analyzeArgs(real.files), env, []));
    }
  });
  console.error("two word-count baselines at once…");
  scaling = await measureParallelScaling(process.execPath, [values.baseline!, ...real.files], root, baseline.runs.map((r) => r.seconds));

  console.error("fingerprint throughput on one core…");
  features.push({ what: `${real.files.length} AlpacaEval files (English)`, row: child<FeatureThroughput>("bench-features-once.ts", real.files) });
  console.error("where the CLI job's memory goes…");
  memory = JSON.parse(execFileSync(process.execPath, [...BATCH_NODE_FLAGS, path.join(built, "bench-memory.js"), ...sources, "--", ...candidates], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 }).trim());

  // Stored corpora: ingested and fingerprinted first (untimed), then `cli analyze <ids>` and the worker's path.
  // The worker path runs in the environment the job worker gets (lib/jobs/worker-process-env.ts).
  const asWorker = (env: Record<string, string>) => ({ ...env, GLIBC_TUNABLES: workerProcessEnv({ ...process.env, ...env }).GLIBC_TUNABLES });
  const storedCase = async (database: string, env: Record<string, string>) => {
    console.error(`${database}: storing the ${real.files.length} corpora (untimed)…`);
    const corpora = analysisChild<StoredCorpora>(["store", values.manifest!], env);
    const row: CommandRow = { what: `\`cli analyze\` on the ${real.files.length} corpora stored in ${database} → JSON`, runs: [] };
    for (let r = 0; r < RUNS; r++) row.runs.push(await cli(analyzeArgs([...corpora.sourceIds, ...corpora.candidateIds]), env));
    stored.push(row);
    console.error(`${database}: the analysis worker's path…`);
    worker.push({ database, timing: analysisChild<StoredTiming>(["stored", JSON.stringify(corpora), String(RUNS)], asWorker(env)), featureBytes: corpora.featureBytes });
    if (database !== "SQLite") return;
    console.error(`${database}: the analysis worker's path without resampling…`);
    pointOnly = analysisChild<StoredTiming>(["stored", JSON.stringify(corpora), String(RUNS), JSON.stringify({ bootstrap: 0 })], asWorker(env));
    console.error(`${database}: the analysis worker's path, fingerprints kept from an earlier analysis…`);
    again = analysisChild<StoredTiming>(["stored-again", JSON.stringify(corpora), String(RUNS)], asWorker(env));
    console.error(`${database}: the analysis worker's path without the huge-page hint…`);
    unhinted = analysisChild<StoredTiming>(["stored", JSON.stringify(corpora), String(RUNS)], { ...env, GLIBC_TUNABLES: "" });
  };
  await withScratchDir((env) => storedCase("SQLite", env));
  await onPostgres((env) => storedCase("PostgreSQL", env));
} else {
  console.error(`${values.manifest} absent: the real-corpus cases are skipped.`);
}

console.error("fingerprint throughput on Chinese…");
await withScratchDir(async ({ DISTILLSCOPE_DATA_DIR: dir }) => {
  const file = path.join(dir, "chinese.jsonl");
  await writeSyntheticJsonl(file, 16 * 1024 * 1024, 1, "chinese");
  features.push({ what: "16 MB synthetic Chinese JSONL", row: child<FeatureThroughput>("bench-features-once.ts", [file]) });
});

const ingestBytes = Math.round(Number(values["ingest-mb"]) * 1024 * 1024);
const chineseBytes = Math.round(Number(values["chinese-mb"]) * 1024 * 1024);
const ingest: IngestBenchRow[] = [];
console.error(`ingest: ${values["ingest-mb"]} MB synthetic English JSONL into SQLite…`);
ingest.push(await withScratchDir((env) => child<IngestBenchRow>("bench-ingest-once.ts", ["SQLite", String(ingestBytes)], env)));
console.error("ingest: … into PostgreSQL…");
const ingestPostgres = await onPostgres((env) => child<IngestBenchRow>("bench-ingest-once.ts", ["PostgreSQL", String(ingestBytes)], env));
if (ingestPostgres) ingest.push(ingestPostgres);
console.error(`ingest: ${values["chinese-mb"]} MB synthetic Chinese JSONL into SQLite…`);
ingest.push(await withScratchDir((env) => child<IngestBenchRow>("bench-ingest-once.ts", ["SQLite", String(chineseBytes), "chinese"], env)));

const [n, docs] = values.scale!.split("x").map(Number);
console.error(`analysis: ${n} synthetic corpora x ${docs} documents…`);
const synthetic = analysisChild<CaseSize & Timing>(["synthetic", String(n), String(docs)]);

const f = (x: number | null | undefined, d = 1) => (x == null ? "–" : x.toFixed(d));
const ratio = (row: CommandRow) => (baseline ? `${f(seconds(row) / seconds(baseline))}×` : "–");
/** AnalysisResult.timings' keys for a task's CPU on its thread (analyze.ts); the others are stages. */
const TASK_CPU = "cpu:";

/**
 * "… (outside analyze()) 0.52 s; profiles 1.92 s; …; CPU of the tasks on the analysis threads: classifier
 * 0.97 s, …" for the worker's run nearest the median.
 */
function workerStages({ typical }: StoredTiming): string {
  const all = Object.entries(typical.stagesMs);
  const stages = all.filter(([name]) => !name.startsWith(TASK_CPU));
  const tasks = all.filter(([name]) => name.startsWith(TASK_CPU));
  const inside = stages.reduce((sum, [, ms]) => sum + ms, 0) / 1000;
  const outside = `claim, stored features loaded and result stored (outside analyze()) ${f(Math.max(0, typical.seconds - inside), 2)} s`;
  const onThreads = tasks.reduce((sum, [, ms]) => sum + ms, 0) / 1000;
  const taskPart = tasks.length
    ? [
        `CPU of the tasks on the analysis threads: ${tasks.map(([name, ms]) => `${name.slice(TASK_CPU.length)} ${f(ms / 1000, 2)} s`).join(", ")} ` +
          `(${f(onThreads, 2)} s of the run's ${f(typical.cpuSeconds, 2)} s; the rest is this thread's stages, V8's helper threads and the database)`,
      ]
    : [];
  return [outside, ...stages.map(([name, ms]) => `${name} ${f(ms / 1000, 2)} s`), ...taskPart].join("; ");
}

/** "3.40 s (median; every run 3.46, 3.40, 3.05), CPU 4.77 s, 3.4× the baseline" for one worker-path case. */
function workerRuns(t: StoredTiming): string {
  const times = `${f(t.seconds, 2)} s (median; every run ${t.runsSeconds.map((s) => f(s, 2)).join(", ")}), CPU ${f(t.cpuSeconds, 2)} s`;
  return baseline ? `${times}, ${f(t.seconds / seconds(baseline))}× the baseline` : times;
}

/** The worker path without the bootstrap and the calibration trials: the floor the resampling does not explain. */
function pointOnlyLine(t: StoredTiming): string {
  return (
    `- The same path on SQLite with \`bootstrap: 0\` (no bootstrap, so no intervals and no calibration trials: a result without a calibrated confidence, which the product never gives by default): ` +
    `${workerRuns(t)}. ` +
    "This is what loading the fingerprints and the point estimates (space, vectors, classifier, evidence, snippets) take alone: fewer replicates or trials could not bring the worker path below it."
  );
}

/** The worker path with the fingerprints already in the worker's memory (recent-features.ts). */
function againLine(t: StoredTiming): string {
  return (
    "- The same path on SQLite when the worker read the same fingerprints in the last five minutes (it keeps them: `lib/workflows/recent-features.ts`), as for an analyst's next analysis of the same corpora: " +
    `${workerRuns(t)}, peak RSS ${f(t.peakRssMb, 0)} MiB. ` +
    "The table's figures are for fingerprints read from the database."
  );
}

/** The worker path in a process started without the hint (worker-process-env.ts). */
function unhintedLine(t: StoredTiming): string {
  return (
    "- The same path on SQLite in a process started without the huge-page hint (`GLIBC_TUNABLES` empty), as the worker ran before it had the hint: " +
    `${workerRuns(t)}, peak RSS ${f(t.peakRssMb, 0)} MiB.`
  );
}

/** Issue 10's targets against this run's figures (decimal MB for the memory target, as the issue states it). */
function targetRows(): string[] {
  const mb = (mib: number) => (mib * 2 ** 20) / 1e6;
  const row = (target: string, measured: string, met: boolean) => `| ${target} | ${measured} | ${met ? "met" : "**not met**"} |`;
  const rows: string[] = [];
  if (baseline && fromFiles) {
    const r = seconds(fromFiles) / seconds(baseline);
    rows.push(row("12-file `cli analyze` ≤ 8× the word-count baseline", `${f(r, 2)}×`, r <= 8));
    rows.push(row("its peak RSS < 400 MB", `${f(mb(peak(fromFiles)), 0)} MB`, mb(peak(fromFiles)) < 400));
  }
  for (const w of worker) rows.push(row(`stored-corpus worker path < 1 s (${w.database})`, `${f(w.timing.seconds, 2)} s`, w.timing.seconds < 1));
  rows.push(row("`cli --help` < 0.5 s", `${f(seconds(help), 2)} s`, seconds(help) < 0.5));
  return ["### Targets (issue 10), from this run", "", "| target | measured | |", "|---|---:|---|", ...rows, ""];
}

const thp = hugePagesMode();
console.error("the cost of new memory…");
const newMemory = measureNewMemoryCost();
const commandRows = [help, ...(baseline && fromFiles && plainNode ? [baseline, fromFiles, plainNode] : []), ...stored];
const report = [
  `Machine: ${cpus().length} cores (${describeCpu()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${thp ? `, transparent huge pages "${thp}"` : ""}. Date: ${new Date().toISOString().slice(0, 10)}. ` +
    `Load average (1 min) at the start ${f(loadAtStart)}, at the end ${f(loadavg()[0])}: on a shared machine every time below is inflated.`,
  ...(scaling
    ? [
        "",
        `Two cores at once: two word-count baselines started together took ${f(scaling.togetherSeconds, 2)} s each (median of 4), against ${f(scaling.aloneSeconds, 2)} s alone: ` +
          `${f(scaling.slowdown, 2)}× slower. On a machine whose second core is a full core this is near 1×; the analysis, the fingerprinting threads and the web processes all count on it.`,
      ]
    : []),
  "",
  `New memory: a process touching ${newMemory.mib} MiB it had just allocated took ${f(newMemory.plainMs, 0)} ms (median of 3), ${f(newMemory.microsPerPage, 1)} µs per 4 KiB page it faulted in; ` +
    `with glibc's huge-page hint (2 MiB pages where the kernel has them), which the job worker starts with (lib/jobs/worker-process-env.ts), ${f(newMemory.hintedMs, 0)} ms. ` +
    "Every analysis writes a few hundred MB of new memory (inflated fingerprints, rows, document vectors), so on a machine where this is slow it is part of every figure below.",
  "",
  ...targetRows(),
  `### Whole commands (separate processes, median of ${RUNS})`,
  "",
  "| command | seconds (median) | × word-count baseline | peak RSS (MiB, highest run) | every run (s) | CPU s, user + system (median) |",
  "|---|---:|---:|---:|---|---:|",
  ...commandRows.map(
    (row) =>
      `| ${row.what} | ${f(seconds(row), 2)} | ${row === help ? "–" : ratio(row)} | ${f(peak(row), 0)} | ${row.runs.map((r) => f(r.seconds, 2)).join(", ")} | ${cpu(row)} |`,
  ),
  "",
  "- Each command is timed from spawn to exit and its peak RSS read from the kernel (GNU time `%M`, or /proc VmHWM). The CLI is the build `npm run build` makes (dist/), built from the current sources, and node starts it as `npm run cli` does, with `" + BATCH_NODE_FLAGS.join(" ") + "` (lib/jobs/batch-node-flags.ts: V8's garbage collection on the collecting thread and in one pause, and fewer short-lived optimisations).",
  "- The word-count baseline reads, parses, lowercases, splits and counts every word of the same files; its runs alternate with the CLI's. The ratio is median ÷ median.",
  "- Memory on this page is in MiB (2^20 bytes; the kernel counts KiB); text sizes and MB/s are decimal MB (10^6 bytes)." +
    (fromFiles ? ` In decimal megabytes the 12-file job's peak is ${f((peak(fromFiles) * 2 ** 20) / 1e6, 0)} MB.` : ""),
  "",
  ...(features.length
    ? [
        "### Fingerprints (one core)",
        "",
        "| texts | MB (UTF-8) | documents | words | CPU seconds (median of 3) | MB/s per core | every run (CPU s) |",
        "|---|---:|---:|---:|---:|---:|---|",
        ...features.map(({ what, row }) => `| ${what} | ${f(row.megabytes)} | ${row.documents} | ${row.words} | ${f(row.cpuSeconds, 2)} | ${f(row.mbPerSecondPerCore)} | ${row.runsCpuSeconds.map((s) => f(s, 2)).join(", ")} |`),
        "",
        "- computeFeatures on documents already parsed, on one thread: tokenise (Chinese segmented by jieba), count words, bigrams and trigrams with distinct prompts, hash char 3–5-grams, mark style features, per-document rows, detect languages.",
        "",
      ]
    : []),
  ...(memory
    ? [
        "### Where the 12-corpus CLI job's memory goes",
        "",
        "| stage | RSS at the stage (MiB) | peak since the previous stage (MiB) | JS heap used (MiB) | JS heap reserved (MiB) | array buffers (MiB) |",
        "|---|---:|---:|---:|---:|---:|",
        ...memory.stages.map((s) => `| ${s.stage} | ${f(s.rssMb, 0)} | ${f(s.peakMb, 0)} | ${f(s.heapUsedMb, 0)} | ${f(s.heapTotalMb, 0)} | ${f(s.arrayBuffersMb, 0)} |`),
        "",
        `- The fingerprints held for the analysis, by part (MiB): ${Object.entries(memory.featuresMb)
          .filter(([, v]) => v >= 0.1)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${f(v)}`)
          .join(", ")}.`,
        "- The same process as `cli analyze` on the files (bench/bench-memory-once.ts, built like the CLI), sampled every 5 ms. Array buffers moved from a thread (the fingerprints) are not counted in the array-buffers column.",
        "",
      ]
    : []),
  "### Analysis worker (claim → result stored, in one process)",
  "",
  `| database | seconds (median of ${RUNS}) | × word-count baseline | every run in order (s) | CPU s, every thread (median) | peak RSS (MiB) |`,
  "|---|---:|---:|---|---:|---:|",
  ...worker.map(
    (w) =>
      `| ${w.database} | ${f(w.timing.seconds, 2)} | ${baseline ? `${f(w.timing.seconds / seconds(baseline))}×` : "–"} | ${w.timing.runsSeconds.map((s) => f(s, 2)).join(", ")} | ${f(w.timing.cpuSeconds, 2)} | ${f(w.timing.peakRssMb, 0)} |`,
  ),
  "",
  ...worker.map(
    (w) =>
      `- ${w.database}: the run's CPU spread over all ${cpus().length} cores would take ${f(w.timing.cpuSeconds / cpus().length, 2)} s at the least; the wall time is ${f(w.timing.seconds / (w.timing.cpuSeconds / cpus().length), 2)}× that.`,
  ),
  "- What the background worker does with a queued analysis of the 12 stored corpora: claim it, load features and snippet documents from the database, analyse, store the result. The process (bench/bench-analysis-once.ts) is built like the CLI, so the analysis runs from built code as `npm run worker` and the server's worker run it, and it first runs the warm-up a worker runs when it has nothing to do (lib/analysis/warm-up-analysis.ts), as a worker that was up before the analysis was queued. " +
    "It starts with the node flags and the environment the job worker gets (`" + BATCH_NODE_FLAGS.join(" ") + "`, lib/jobs/batch-node-flags.ts), and glibc's huge-page hint for its large allocations (`GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, lib/jobs/worker-process-env.ts; see \"New memory\" above).",
  ...worker.map((w) => `- Where the run nearest the median went (${w.database}): ${workerStages(w.timing)}.`),
  ...(pointOnly ? [pointOnlyLine(pointOnly)] : []),
  ...(again ? [againLine(again)] : []),
  ...(unhinted ? [unhintedLine(unhinted)] : []),
  `- The stored fingerprints the worker reads (gzip, as the database holds them): ${worker.map((w) => `${w.database} ${f(w.featureBytes / 1e6, 1)} MB`).join(", ")} for the 12 corpora.`,
  "- The stages are analyze()'s (AnalysisResult.timings), on the worker's own thread; the classifier, the bootstrap, the calibration trials and the prompt alignment run on the analysis threads meanwhile, and `thread-tasks` is what is left of them when this thread's own stages are done. `classifier-and-alignment` is this thread waiting for the classifier's folds and the prompt alignment, the document vectors' last readers: the vectors are freed before the snippets read texts. `snippets` includes reading the documents from the database. " +
    "A task's CPU is its own thread's, as the kernel counts it (/proc/thread-self/stat, in 10 ms steps).",
  "",
  "### Ingest (synthetic JSONL, streamed, all-or-nothing)",
  "",
  "| text | database | MB | seconds | MB/s | documents/s | peak RSS (MiB) |",
  "|---|---|---:|---:|---:|---:|---:|",
  ...ingest.map((r) => `| ${r.language === "chinese" ? "Chinese" : "English"} | ${r.database} | ${f(r.megabytes, 0)} | ${f(r.seconds)} | ${f(r.mbPerSecond)} | ${f(r.documentsPerSecond, 0)} | ${f(r.peakRssMb, 0)} |`),
  "",
  "### Large analysis (features in memory)",
  "",
  "| case | corpora | documents | words | analyze() seconds | peak RSS (MiB) |",
  "|---|---:|---:|---:|---:|---:|",
  `| ${synthetic.name} | ${synthetic.corpora} | ${synthetic.documents} | ${synthetic.words} | ${f(synthetic.seconds)} | ${f(synthetic.peakRssMb, 0)} |`,
  "",
  ...(real && stored.length < 2 ? [`- PostgreSQL at the bench's --postgres URL was not usable: its rows are missing.`] : []),
  ...(await (await import("./collect-bench")).collectBenchSection()), // issue 11: collection throughput and memory
].join("\n");

console.log(report);
if (values["write-docs"]) {
  // Other scripts own marked blocks of the same file (bench/docs-block.ts): keep them.
  const blocks = readMarkedBlocks();
  const doc = `# Benchmarks\n\nGenerated by \`npm run bench -- --write-docs\` (bench/run-bench.ts). Do not edit by hand: rerun it.\n\n${report}\n${blocks.map((b) => `\n${b}\n`).join("")}`;
  writeFileSync(path.join(root, "docs/benchmarks.md"), doc);
  console.error("wrote docs/benchmarks.md");
}
