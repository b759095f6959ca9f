// npm run bench [-- --ingest-mb 1024 --scale 50x10000 --postgres URL --write-docs]
// Prints ingest throughput (SQLite and PostgreSQL) and analysis time and memory; with --write-docs it
// rewrites docs/benchmarks.md from this run's output. Each measurement runs in its own process so RSS is its
// own. Databases are scratch ones: a temporary SQLite file, and on the PostgreSQL server a database created
// for the run and dropped after (bench/scratch-postgres.ts); no existing data is read or changed.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { IngestBenchRow } from "./ingest-bench";
import type { CaseSize, StoredTiming, Timing } from "./bench-analysis-once";
import type { StoredCorpora } from "./stored-analysis-bench";
import { withScratchPostgres } from "./scratch-postgres";

const { values } = parseArgs({
  options: {
    "ingest-mb": { type: "string", default: "1024" },
    scale: { type: "string", default: "50x10000" },
    postgres: { type: "string", default: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test" },
    manifest: { type: "string", default: path.resolve(import.meta.dirname, "../../shared/corpora/alpaca-eval/manifest.json") },
    "write-docs": { type: "boolean", default: false },
  },
});

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const child = <T>(script: string, args: string[], env: Record<string, string> = {}): T => {
  const out = execFileSync(tsx, [path.join(root, "bench", script), ...args], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").at(-1)!) as T;
};

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

const ingestBytes = Math.round(Number(values["ingest-mb"]) * 1024 * 1024);
const ingest: IngestBenchRow[] = [];
console.error(`ingest: ${values["ingest-mb"]} MB synthetic JSONL into SQLite…`);
ingest.push(await withScratchDir((env) => child<IngestBenchRow>("bench-ingest-once.ts", ["SQLite", String(ingestBytes)], env)));
console.error("ingest: … into PostgreSQL…");
const ingestPostgres = await onPostgres((env) => child<IngestBenchRow>("bench-ingest-once.ts", ["PostgreSQL", String(ingestBytes)], env));
if (ingestPostgres) ingest.push(ingestPostgres);

// Analysis: each case has some of these paths; a column is "–" where the case has no such path.
type AnalysisCase = CaseSize & { raw: Timing | null; inMemory: Timing | null; sqlite: StoredTiming | null; postgres: StoredTiming | null };
const STORED_RUNS = 3;
const none = { raw: null, inMemory: null, sqlite: null, postgres: null };

/** Stored features → result on the database in `env`: untimed ingest and fingerprinting, then the worker's path STORED_RUNS times. */
function storedAnalysis(env: Record<string, string>): StoredTiming {
  const corpora = child<StoredCorpora>("bench-analysis-once.ts", ["store", values.manifest!], env);
  const timing = child<StoredTiming>("bench-analysis-once.ts", ["stored", JSON.stringify(corpora), String(STORED_RUNS)], env);
  console.error(`  runs: ${timing.runsSeconds.map((s) => s.toFixed(1)).join(", ")} s`);
  return timing;
}

const analysis: AnalysisCase[] = [];
if (existsSync(values.manifest!)) {
  console.error("analysis: 12 real corpora from raw files…");
  const { seconds, peakRssMb, ...size } = child<CaseSize & Timing>("bench-analysis-once.ts", ["real", values.manifest!]);
  console.error("analysis: … stored in SQLite…");
  const sqlite = await withScratchDir(storedAnalysis);
  console.error("analysis: … stored in PostgreSQL…");
  const postgres = await onPostgres(storedAnalysis);
  analysis.push({ ...size, ...none, raw: { seconds, peakRssMb }, sqlite, postgres });
} else {
  console.error(`analysis: ${values.manifest} absent: the real-corpus case is skipped.`);
}
const [n, docs] = values.scale!.split("x").map(Number);
console.error(`analysis: ${n} synthetic corpora x ${docs} documents…`);
const { seconds, peakRssMb, ...size } = child<CaseSize & Timing>("bench-analysis-once.ts", ["synthetic", String(n), String(docs)]);
analysis.push({ ...size, ...none, inMemory: { seconds, peakRssMb } });

const f = (x: number | null | undefined, d = 1) => (x == null ? "–" : x.toFixed(d));
const paths = (c: AnalysisCase) => [c.raw, c.inMemory, c.sqlite, c.postgres];
const report = [
  `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
  "",
  "### Ingest (synthetic JSONL, streamed, all-or-nothing)",
  "",
  "| database | MB | seconds | MB/s | documents/s | peak RSS (MB) |",
  "|---|---:|---:|---:|---:|---:|",
  ...ingest.map((r) => `| ${r.database} | ${f(r.megabytes, 0)} | ${f(r.seconds)} | ${f(r.mbPerSecond)} | ${f(r.documentsPerSecond, 0)} | ${f(r.peakRssMb, 0)} |`),
  "",
  "### Analysis",
  "",
  `| case | corpora | documents | words | raw files → result (s) | features in memory → result (s) | stored in SQLite → result (s, median of ${STORED_RUNS}) | stored in PostgreSQL → result (s, median of ${STORED_RUNS}) | peak RSS (MB) |`,
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...analysis.map(
    (c) =>
      `| ${c.name} | ${c.corpora} | ${c.documents} | ${c.words} | ${paths(c).map((t) => f(t?.seconds)).join(" | ")} | ${paths(c).flatMap((t) => (t ? [f(t.peakRssMb, 0)] : [])).join(" / ")} |`,
  ),
  "",
  "- raw files → result: every file read and parsed, fingerprinted and analysed in one process, as `npm run cli -- analyze` does with file arguments.",
  "- features in memory → result: analyze() alone, on features already computed in the process (the synthetic case has no files or database).",
  `- stored in SQLite / PostgreSQL → result: the analysis worker's path for corpora already ingested and fingerprinted (untimed, in a separate process), from claiming the queued analysis to its result stored: features and snippet documents loaded from the database, analysed, the result written. Run ${STORED_RUNS} times in one process; the median is shown (the first run also warms up the JIT).`,
  ...analysis.flatMap((c) =>
    [["SQLite", c.sqlite] as const, ["PostgreSQL", c.postgres] as const].flatMap(([db, t]) =>
      t ? [`- ${c.name}, stored in ${db}, every run in order (the first is cold): ${t.runsSeconds.map((s) => s.toFixed(2)).join(", ")} s.`] : [],
    ),
  ),
  "- peak RSS: each path runs in its own process; the figures are those processes' peaks, in the order of the columns.",
  ...(analysis.some((c) => c.raw) && !analysis.some((c) => c.postgres) ? [`- PostgreSQL at the bench's --postgres URL was not usable: its column is "–".`] : []),
  ...(await (await import("./collect-bench")).collectBenchSection()), // issue 11: collection throughput and memory
].join("\n");

console.log(report);
if (values["write-docs"]) {
  const doc = `# Benchmarks\n\nGenerated by \`npm run bench -- --write-docs\` (bench/run-bench.ts). Do not edit by hand: rerun it.\n\n${report}\n`;
  writeFileSync(path.join(root, "docs/benchmarks.md"), doc);
  console.error("wrote docs/benchmarks.md");
}
