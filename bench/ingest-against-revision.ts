// npx tsx bench/ingest-against-revision.ts --rev <git revision> [--mb 1024] [--runs 3] [--write-docs]
// Has a change slowed ingest? Runs this checkout's ingest benchmark (bench/bench-ingest-once.ts: synthetic
// English JSONL into a scratch SQLite file) alternately with the same benchmark at an earlier revision, on the
// same machine in the same minutes, so the ratio holds on any machine. The revision is checked out into a
// temporary git worktree with a copy of this checkout's node_modules and its own Prisma client; both are
// removed after. With --write-docs it writes its block of docs/benchmarks.md.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeMarkedBlock } from "./docs-block";
import type { IngestBenchRow } from "./ingest-bench";
import { median } from "./measure-process";

const { values } = parseArgs({
  options: { rev: { type: "string" }, mb: { type: "string", default: "1024" }, runs: { type: "string", default: "3" }, "write-docs": { type: "boolean", default: false } },
});
if (!values.rev) {
  console.error("Name the revision to compare with: --rev <commit>");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "..");
const git = (args: string[], cwd = root) => execFileSync("git", args, { cwd, encoding: "utf8" }).trim();
const rev = git(["rev-parse", "--short", values.rev]);
const bytes = String(Math.round(Number(values.mb) * 1024 * 1024));
const RUNS = Math.max(1, Number(values.runs));

/** One ingest benchmark run in `checkout`, on a scratch SQLite file. */
function ingestOnce(checkout: string): IngestBenchRow {
  const dir = mkdtempSync(path.join(tmpdir(), "distillscope-ingest-rev-"));
  try {
    const out = execFileSync(path.join(checkout, "node_modules/.bin/tsx"), [path.join(checkout, "bench/bench-ingest-once.ts"), "SQLite", bytes], {
      cwd: checkout,
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, DISTILLSCOPE_DATA_DIR: dir },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    return JSON.parse(out.trim().split("\n").at(-1)!) as IngestBenchRow;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const earlier = mkdtempSync(path.join(tmpdir(), `distillscope-rev-${rev}-`));
const load = loadavg()[0];
const runs: { here: IngestBenchRow[]; then: IngestBenchRow[] } = { here: [], then: [] };
try {
  console.error(`checking out ${rev} into ${earlier}…`);
  git(["worktree", "add", "--detach", earlier, rev]);
  execFileSync("cp", ["-a", path.join(root, "node_modules"), earlier]);
  execFileSync("npm", ["run", "--silent", "db:generate"], { cwd: earlier, stdio: ["ignore", "ignore", "inherit"] });
  for (let r = 0; r < RUNS; r++) {
    // Alternating order, so neither side always runs on a warmer machine.
    const order = r % 2 === 0 ? (["then", "here"] as const) : (["here", "then"] as const);
    for (const side of order) {
      console.error(`run ${r + 1} of ${RUNS}: ${side === "here" ? "this checkout" : rev}…`);
      runs[side].push(ingestOnce(side === "here" ? root : earlier));
    }
  }
} finally {
  git(["worktree", "remove", "--force", earlier]);
  rmSync(earlier, { recursive: true, force: true });
}

const mbps = (rows: IngestBenchRow[]) => median(rows.map((r) => r.mbPerSecond));
const head = git(["rev-parse", "--short", "HEAD"]);
const report = [
  "## Ingest against an earlier revision",
  "",
  `Measured by \`npx tsx bench/ingest-against-revision.ts --rev ${rev} --mb ${values.mb} --runs ${RUNS}\`: the ingest benchmark`,
  `(${runs.here[0]?.megabytes.toFixed(0)} MB synthetic English JSONL into a scratch SQLite file) at ${head} and at ${rev}, alternating; load average ${load.toFixed(1)} at start.`,
  "",
  "| revision | MB/s (median) | every run (MB/s) | peak RSS (MiB, highest) |",
  "|---|---:|---|---:|",
  ...(
    [
      [`${head} (this checkout)`, runs.here],
      [rev, runs.then],
    ] as const
  ).map(([name, rows]) => `| ${name} | ${mbps(rows).toFixed(1)} | ${rows.map((r) => r.mbPerSecond.toFixed(1)).join(", ")} | ${Math.max(...rows.map((r) => r.peakRssMb)).toFixed(0)} |`),
  "",
  `This checkout ingests at ${((mbps(runs.here) / mbps(runs.then)) * 100).toFixed(1)}% of ${rev}'s rate.`,
].join("\n");
console.log(report);
if (values["write-docs"]) {
  writeMarkedBlock("ingest-against-revision", "bench/ingest-against-revision.ts --write-docs", report);
  console.error("wrote docs/benchmarks.md");
}
