// npm run bench:load [-- --port 3320 --concurrency 50 --rounds 3 --runs 3 --postgres URL --write-docs]
// The app as users meet it: a production server (`npm run build` first) with its worker, on a scratch database.
// 1. Fresh upload: 4 sources and 2 candidates (805 AlpacaEval outputs each when ../shared/corpora is here,
//    else synthetic corpora of the same size) uploaded through POST /api/corpora, then an analysis started at
//    once, as a user presses Start right after the upload: from Start to the result stored. Fingerprints are
//    computed by the worker right after each corpus is stored, so the analysis starts from stored ones.
// 2. Results under load: `concurrency` simultaneous GETs of that analysis' results page, `rounds` times;
//    latency percentiles over every request.
// With --write-docs it replaces its own marked section of docs/benchmarks.md (the rest is run-bench.ts').
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { get as httpGet } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeSyntheticJsonl } from "./make-synthetic-jsonl";
import { withScratchPostgres } from "./scratch-postgres";
import { writeMarkedBlock } from "./docs-block";
import { describeCpu } from "./host-profile";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.BENCH_PORT ?? "3320" },
    concurrency: { type: "string", default: "50" },
    rounds: { type: "string", default: "3" },
    runs: { type: "string", default: "3" },
    postgres: { type: "string" },
    manifest: { type: "string", default: path.resolve(import.meta.dirname, "../../shared/corpora/alpaca-eval/manifest.json") },
    "write-docs": { type: "boolean", default: false },
  },
});

const root = path.resolve(import.meta.dirname, "..");
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const CONCURRENCY = Number(values.concurrency);
const ROUNDS = Number(values.rounds);
const RUNS = Number(values.runs);
const WEB_PROCESSES = Math.min(availableParallelism(), 4); // scripts/start-server.mjs' default

if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(path.join(root, "dist", "cli.js"))) {
  console.error("Build first: npm run build (the bench runs the production server and its worker).");
  process.exit(2);
}

type Corpus = { file: string; name: string };

/** 4 sources + 2 candidates: the development set's when present, else synthetic ones of 805 documents. */
async function pickCorpora(dir: string): Promise<{ corpora: Corpus[]; kind: string }> {
  if (existsSync(values.manifest!)) {
    const manifest = JSON.parse(readFileSync(values.manifest!, "utf8")) as { sources: string[]; candidates: Record<string, unknown> };
    const folder = path.dirname(values.manifest!);
    const files = [...manifest.sources.slice(0, 4), ...Object.keys(manifest.candidates).slice(0, 2)];
    return { corpora: files.map((f) => ({ file: path.join(folder, f), name: f.replace(/\.json$/, "") })), kind: "AlpacaEval outputs (805 documents each)" };
  }
  const corpora = [];
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, `synthetic-${i}.jsonl`);
    await writeSyntheticJsonl(file, 1_200_000, 11 + i); // about 805 records of the synthetic kind
    corpora.push({ file, name: `synthetic ${i}` });
  }
  return { corpora, kind: "synthetic corpora (../shared/corpora absent)" };
}

/** The server as `npm start` runs it: scripts/start-server.mjs, one `next start` per core and the job worker. */
function startServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [path.join(root, "scripts/start-server.mjs"), "-p", String(port)], {
    cwd: root,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** CPU seconds used by the web processes under `pid` (Linux /proc; the job worker left out), or null elsewhere. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const own = (p: number) => {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
      return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
    };
    const children = (p: number) => readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    const isWorker = (p: number) => readFileSync(`/proc/${p}/cmdline`, "utf8").includes("cli.js\0worker");
    const walk = (p: number): number => own(p) + children(p).filter((c) => !isWorker(c)).reduce((sum, c) => sum + walk(c), 0);
    return walk(pid!);
  } catch {
    return null;
  }
}

/** GET on a connection opened for it and closed after it. */
function getOnNewConnection(url: string, cookie: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { agent: false, headers: { cookie, connection: "close" } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function run(env: Record<string, string>, database: string) {
  const dir = env.DISTILLSCOPE_DATA_DIR;
  const server = startServer(env);
  try {
    await waitFor("the server", async () => (await fetch(`${base}/api/health`)).ok, 120_000);
    const credentials = { name: "Bench", email: `bench-${Date.now()}@example.test`, password: `pw-${randomBytes(8).toString("hex")}` };
    const asForm = { "content-type": "application/json", origin: base };
    await fetch(`${base}/api/auth/sign-up/email`, { method: "POST", headers: asForm, body: JSON.stringify(credentials) });
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: asForm, body: JSON.stringify({ email: credentials.email, password: credentials.password }) });
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    if (!cookie) throw new Error(`sign-in failed: ${signIn.status}`);

    const { corpora, kind } = await pickCorpora(dir);
    const uploadStarted = performance.now();
    const ids: string[] = [];
    for (const c of corpora) {
      const res = await fetch(`${base}/api/corpora?filename=${encodeURIComponent(path.basename(c.file))}&name=${encodeURIComponent(c.name)}`, {
        method: "POST",
        headers: { cookie, origin: base, "content-type": "application/octet-stream" },
        body: readFileSync(c.file),
      });
      if (res.status !== 201) throw new Error(`upload of ${c.name}: ${res.status} ${await res.text()}`);
      ids.push(((await res.json()) as { corpora: { id: string }[] }).corpora[0].id);
    }
    const uploadSeconds = (performance.now() - uploadStarted) / 1000;

    // Start, as the form does right after the upload; the result is stored when the page shows it.
    const started = performance.now();
    const created = await fetch(`${base}/api/analyses`, {
      method: "POST",
      headers: { cookie, origin: base, "content-type": "application/json" },
      body: JSON.stringify({ sourceIds: ids.slice(0, 4), candidateIds: ids.slice(4) }),
    });
    if (created.status !== 202) throw new Error(`analysis: ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    let status = "";
    await waitFor(
      "the analysis",
      async () => {
        const a = ((await (await fetch(`${base}/api/analyses/${id}`, { headers: { cookie } })).json()) as { analysis: { status: string; error: unknown } }).analysis;
        status = a.status;
        if (a.status === "failed") throw new Error(`analysis failed: ${JSON.stringify(a.error)}`);
        return a.status === "done";
      },
      600_000,
    );
    const analysisSeconds = (performance.now() - started) / 1000;

    // The results page under load. Warm-up first: the first render in each web process loads the page's code
    // (about a second of CPU). node:cluster hands connections to its processes in turn, so one request per
    // process, each on a connection of its own, reaches each of them (fetch would reuse one kept-alive
    // connection, and so one process, for all of them).
    const page = `${base}/analyses/${id}`;
    let pageBytes = 0;
    for (let i = 0; i < WEB_PROCESSES; i++) {
      const warm = await getOnNewConnection(page, cookie);
      pageBytes = warm.bytes;
      if (warm.status !== 200) throw new Error(`results page: ${warm.status}`);
    }
    const latencies: number[] = [];
    const roundP95: number[] = [];
    const cpuBefore = cpuSeconds(server.pid);
    for (let round = 0; round < ROUNDS; round++) {
      const before = latencies.length;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          const t = performance.now();
          const res = await fetch(page, { headers: { cookie } });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`results page under load: ${res.status}`);
          latencies.push((performance.now() - t) / 1000);
        }),
      );
      roundP95.push(percentile(latencies.slice(before).sort((a, b) => a - b), 95));
    }
    latencies.sort((a, b) => a - b);
    const cpuAfter = cpuSeconds(server.pid);
    return {
      cpuMsPerRequest: cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) * 1000) / latencies.length,
      database,
      kind,
      uploadSeconds,
      analysisSeconds,
      pageKb: pageBytes / 1024,
      requests: latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      roundP95,
      max: latencies.at(-1)!,
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
  }
}

async function onSqlite() {
  const dir = mkdtempSync(path.join(tmpdir(), "distillscope-load-"));
  try {
    return await run({ DATABASE_URL: `file:${path.join(dir, "load.db")}`, DISTILLSCOPE_DATA_DIR: dir }, "SQLite");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(url: string) {
  return withScratchPostgres(url, async (scratch) => {
    const dir = mkdtempSync(path.join(tmpdir(), "distillscope-load-"));
    try {
      return await run({ DATABASE_URL: scratch, DISTILLSCOPE_DATA_DIR: dir }, "PostgreSQL");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

type Run = NonNullable<Awaited<ReturnType<typeof onSqlite>>>;

/** RUNS runs per database, alternating between them (a slow phase of a shared machine falls on both); per database, the run with the median p95. */
async function measureAll(): Promise<(Run & { runsP95: number[] })[]> {
  const byDatabase: Run[][] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    byDatabase[0].push(await onSqlite());
    const pg = values.postgres ? await onPostgres(values.postgres) : null;
    if (pg) byDatabase[1].push(pg);
  }
  return byDatabase
    .filter((runs) => runs.length > 0)
    .map((runs) => ({ ...[...runs].sort((a, b) => a.p95 - b.p95)[Math.floor((runs.length - 1) / 2)], runsP95: runs.map((r) => r.p95) }));
}

const load = loadavg()[0];
const rows = await measureAll();
const s = (n: number) => `${n.toFixed(2)} s`;
const report = [
  "## Fresh upload to result, and the results page under load",
  "",
  `Measured by \`npm run bench:load\` (bench/load-results.ts) against the production server as \`npm start\` runs it (scripts/start-server.mjs: one \`next start\``,
  `per core sharing the port, the job worker in a child process) on a scratch database; ${cpus().length} cores (${describeCpu()}), load average ${load.toFixed(1)} at start. Corpora: ${rows[0].kind}.`,
  `Upload: 6 corpora through POST /api/corpora, one after another (the worker ingests each, then fingerprints it).`,
  `Start → result: POST /api/analyses (4 sources × 2 candidates) right after the last upload, until the result is stored.`,
  `Results page: ${CONCURRENCY} concurrent GETs of the analysis page with a session, ${ROUNDS} rounds, after the server's own warm-up at start (each web process renders the example results page,`,
  `app/example, DISTILLSCOPE_WARMUP_RENDERS times${process.env.DISTILLSCOPE_WARMUP_RENDERS ? ` = ${process.env.DISTILLSCOPE_WARMUP_RENDERS}` : ", the default"}) and one request per web process (${WEB_PROCESSES}, each on a connection of its own);`,
  `server CPU per page: the web processes' CPU time over those requests, divided by their number. The page is complete in that answer: it fetches no data after`,
  `the GET (the map of corpora and the lineage tree are drawn in the browser from data the page carries; only static scripts and styles follow, as before;`,
  `the evidence of a candidate–source pair the page does not show first is read from the evidence API when a user picks it).`,
  `p95 by round: each round's own ${CONCURRENCY} requests. The first round is the first burst of this page the processes serve (their code still being optimised;`,
  `on PostgreSQL, each web process opened its page-read connections as it started, lib/db/driver-connection.ts); the later ones are a server in use.`,
  `Runs: ${RUNS} per database, each a fresh server on a fresh scratch database, alternating between the databases; a row is the run whose p95 is the median,`,
  `and "p95 of every run" lists them all in order: on a shared machine one run alone is not the figure.`,
  "",
  "| database | upload (6 corpora) | Start → result | results page | requests | p50 | p95 | p95 by round | slowest | server CPU per page | p95 of every run |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
  ...rows.map(
    (r) =>
      `| ${r.database} | ${s(r.uploadSeconds)} | ${s(r.analysisSeconds)} | ${r.pageKb.toFixed(0)} KB | ${r.requests} | ${s(r.p50)} | ${s(r.p95)} | ${r.roundP95.map(s).join(" · ")} | ${s(r.max)} | ${r.cpuMsPerRequest === null ? "–" : `${r.cpuMsPerRequest.toFixed(0)} ms`} | ${r.runsP95.map(s).join(", ")} |`,
  ),
].join("\n");
console.log(report);

if (values["write-docs"]) {
  writeMarkedBlock("load-results", "bench/load-results.ts: npm run bench:load -- --write-docs", report);
  console.log("\nwrote docs/benchmarks.md");
}
