import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { writeSyntheticJsonl } from "../../bench/make-synthetic-jsonl";

// The team deployment (README "Team deployment"), for real: two `next start` servers and two `npm run worker`
// processes, each with its own data dir, on one PostgreSQL database of their own. Uploads travel through the
// database, jobs are leased rows, and a worker killed with SIGKILL hands its job to the other within the
// lease (5 s here). Runs in `npm test` when TEST_POSTGRES_URL names a local PostgreSQL (CI sets it).

const BASE_URL = process.env.TEST_POSTGRES_URL;
const root = fileURLToPath(new URL("../..", import.meta.url));
const port = Number(process.env.E2E_PORT ?? 3100) + 10;
const LEASE = 5;

test.describe.configure({ mode: "serial" });
test.skip(!BASE_URL, "needs TEST_POSTGRES_URL (a local PostgreSQL)");

type Proc = { name: string; child: ChildProcess; log: string[] };
const procs: Proc[] = [];
let databaseUrl = "";
let dataRoot = "";
let admin: pg.Client;

const shared = { BETTER_AUTH_SECRET: randomBytes(24).toString("base64"), DISTILLSCOPE_SECRET_KEY: randomBytes(24).toString("base64") };

function start(name: string, args: string[], extra: Record<string, string> = {}): Proc {
  const env = {
    ...process.env,
    ...shared,
    DATABASE_URL: databaseUrl,
    DISTILLSCOPE_DATA_DIR: path.join(dataRoot, name),
    DISTILLSCOPE_WORKER: "off",
    DISTILLSCOPE_LEASE_SECONDS: String(LEASE),
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const proc = { name, child, log: [] as string[] };
  const keep = (chunk: Buffer) => proc.log.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  procs.push(proc);
  return proc;
}
const startServer = (name: string, p: number) => start(name, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(p)]);
const startWorker = (name: string) => start(name, [path.join(root, "dist/cli.js"), "worker"]);
const pidOf = (owner: string | null | undefined) => Number(owner?.split(":")[1]);
const alive = (p: Proc) => p.child.exitCode === null && p.child.signalCode === null;

async function killHard(p: Proc): Promise<void> {
  p.child.kill("SIGKILL");
  if (alive(p)) await new Promise((resolve) => p.child.once("exit", resolve));
}

async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${procs.map((p) => `--- ${p.name}\n${p.log.slice(-15).join("\n")}`).join("\n")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const row = async <T>(sql: string, args: unknown[] = []) => (await admin.query(sql, args)).rows[0] as T | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const url = new URL(BASE_URL!);
  if (!["127.0.0.1", "localhost", "::1"].includes(url.hostname)) throw new Error(`Refusing a non-local database (${url.hostname}).`);
  // A database of this test's own, next to the test database, made fresh.
  const name = `${url.pathname.slice(1) || "test"}_scaleout`;
  const maintenance = new pg.Client({ connectionString: BASE_URL });
  await maintenance.connect();
  await maintenance.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await maintenance.query(`CREATE DATABASE "${name}"`);
  await maintenance.end();
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  dataRoot = mkdtempSync(path.join(tmpdir(), "scale-out-"));
  // Server A first: it migrates the new database (B and the workers would wait on the migration lock anyway).
  startServer("server-a", port);
  await waitFor("server A", async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok, 90_000);
  startServer("server-b", port + 1);
  startWorker("worker-1");
  startWorker("worker-2");
  await waitFor("server B", async () => (await fetch(`http://127.0.0.1:${port + 1}/api/health`)).ok, 90_000);
  admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await waitFor("both workers", async () => procs.filter((p) => p.name.startsWith("worker") && p.log.some((l) => l.includes("ready"))).length === 2, 60_000);
});

test.afterAll(async () => {
  for (const p of procs) if (alive(p)) p.child.kill("SIGKILL");
  await admin?.end().catch(() => undefined);
  if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
});

test("two servers and two workers on one PostgreSQL: uploads, analyses and kill -9", async () => {
  test.setTimeout(240_000);
  const A = `http://127.0.0.1:${port}`;
  const B = `http://127.0.0.1:${port + 1}`;
  const [server, , worker1, worker2] = procs;
  expect(server.name).toBe("server-a");

  // An account made on A; its API token works on B (one database, one auth secret).
  const credentials = { name: "Scale", email: `scale-${Date.now()}@example.test`, password: `pw-${randomBytes(8).toString("hex")}` };
  expect((await fetch(`${A}/api/auth/sign-up/email`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(credentials) })).status).toBe(200);
  const signIn = await fetch(`${A}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: credentials.email, password: credentials.password }) });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const token = ((await (await fetch(`${A}/api/tokens`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ name: "scale-out" }) })).json()) as { token: string }).token;
  const auth = { authorization: `Bearer ${token}` };
  const upload = async (base: string, file: string, name: string, wait = true) => {
    const res = await fetch(`${base}/api/corpora?filename=${path.basename(file)}&name=${encodeURIComponent(name)}${wait ? "" : "&wait=0"}`, { method: "POST", headers: { ...auth, "content-type": "application/octet-stream" }, body: readFileSync(file) });
    expect(res.status, await res.clone().text()).toBe(wait ? 201 : 202);
    return (await res.json()) as { corpora?: { id: string; name: string; documentCount: number }[]; ingestId: string };
  };
  const listed = async (base: string) => ((await (await fetch(`${base}/api/corpora`, { headers: auth })).json()) as { corpora: { id: string; name: string }[] }).corpora;
  const analysis = async (base: string, id: string) =>
    ((await (await fetch(`${base}/api/analyses/${id}`, { headers: auth })).json()) as { analysis: { status: string; result: unknown; error: unknown } }).analysis;

  // 1. Uploads through A appear on B. Corpora big enough that an analysis takes a while.
  const ids: string[] = [];
  for (const [i, label] of ["source one", "source two", "candidate"].entries()) {
    const file = path.join(dataRoot, `corpus-${i}.jsonl`);
    const lines = await writeSyntheticJsonl(file, 1_500_000, 7 + i);
    const made = await upload(A, file, label);
    expect(made.corpora).toHaveLength(1);
    expect(made.corpora![0].documentCount).toBe(lines);
    ids.push(made.corpora![0].id);
  }
  expect((await listed(B)).map((c) => c.id)).toEqual(expect.arrayContaining(ids));
  await waitFor("fingerprints of the uploads", async () => Number((await row<{ n: string }>(`SELECT count(*) AS n FROM "CorpusFeatures" WHERE "corpusId" = ANY($1)`, [ids]))?.n) === 3, 90_000);

  // 2. An analysis started through B is done by exactly one worker, once.
  const body = JSON.stringify({ sourceIds: ids.slice(0, 2), candidateIds: [ids[2]], options: { bootstrap: 200 } });
  const start = async () => ((await (await fetch(`${B}/api/analyses`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body })).json()) as { id: string }).id;
  const first = await start();
  await waitFor("the first analysis", async () => (await analysis(B, first)).status === "done", 90_000);
  expect((await analysis(A, first)).result).toBeTruthy();
  const started = (id: string) => [worker1, worker2].filter((w) => w.log.some((l) => l.includes(`analysis ${id}: started`)));
  expect(started(first)).toHaveLength(1);
  expect(await row(`SELECT status, attempts FROM "Job" WHERE "subjectId" = $1`, [first])).toEqual({ status: "done", attempts: 1 });

  // 3. kill -9 the worker running the next analysis: the other finishes it within the lease.
  const second = await start();
  const owner = await waitFor("the second analysis to run", async () => (await row<{ claimedBy: string; status: string }>(`SELECT "claimedBy", status FROM "Analysis" WHERE id = $1 AND status = 'running'`, [second]))?.claimedBy, 60_000);
  const victim = [worker1, worker2].find((w) => w.child.pid === pidOf(owner))!;
  const survivor = victim === worker1 ? worker2 : worker1;
  await killHard(victim);
  const killedAt = Date.now();
  expect((await analysis(B, second)).result).toBeNull();
  const taken = await waitFor("the survivor to take the analysis", async () => {
    const now = await row<{ claimedBy: string }>(`SELECT "claimedBy" FROM "Analysis" WHERE id = $1`, [second]);
    return pidOf(now?.claimedBy) === survivor.child.pid ? Date.now() : null;
  }, 60_000);
  expect(taken - killedAt).toBeLessThan((LEASE + 6) * 1000); // the lease, the reaper's and the poll's period
  await waitFor("the second analysis", async () => (await analysis(A, second)).status === "done", 120_000);
  expect(await row(`SELECT status, attempts FROM "Job" WHERE "subjectId" = $1`, [second])).toEqual({ status: "done", attempts: 2 });

  // 4. kill -9 a worker mid-ingest: no partial corpus is listed, the ingest is retried, the spool is gone.
  const worker3 = startWorker("worker-3");
  await waitFor("worker 3", async () => worker3.log.some((l) => l.includes("ready")), 60_000);
  const big = path.join(dataRoot, "big.jsonl");
  const bigLines = await writeSyntheticJsonl(big, 6_000_000, 99);
  const { ingestId } = await upload(B, big, "killed mid-ingest", false);
  const ingestOwner = await waitFor(
    "the ingest to write documents",
    async () => {
      const written = await row<{ n: string }>(`SELECT count(*) AS n FROM "Document" d JOIN "Corpus" c ON c.id = d."corpusId" WHERE c."ingestId" = $1`, [ingestId]);
      if (Number(written?.n) === 0) return null;
      return (await row<{ leaseOwner: string }>(`SELECT "leaseOwner" FROM "Job" WHERE "subjectId" = $1 AND status = 'running'`, [ingestId]))?.leaseOwner;
    },
    90_000,
  );
  const ingestVictim = [survivor, worker3].find((w) => w.child.pid === pidOf(ingestOwner))!;
  await killHard(ingestVictim);
  for (const base of [A, B]) expect((await listed(base)).some((c) => c.name === "killed mid-ingest")).toBe(false);
  await waitFor("the ingest to end", async () => (await row<{ status: string }>(`SELECT status FROM "Job" WHERE "subjectId" = $1`, [ingestId]))?.status !== "running" && (await row<{ status: string }>(`SELECT status FROM "Job" WHERE "subjectId" = $1`, [ingestId]))?.status !== "queued", 120_000);
  const ingest = await row<{ status: string; error: string | null }>(`SELECT status, error FROM "Ingest" WHERE id = $1`, [ingestId]);
  const corpora = (await admin.query(`SELECT status, "documentCount" FROM "Corpus" WHERE "ingestId" = $1`, [ingestId])).rows;
  if (ingest?.status === "done") expect(corpora).toEqual([{ status: "ready", documentCount: bigLines }]);
  else expect(ingest).toMatchObject({ status: "failed", error: expect.stringContaining("stopped responding") });
  expect(ingest?.status).toBe("done"); // three attempts allowed: the live worker retries it
  expect(await row(`SELECT count(*)::int AS n FROM "UploadChunk" WHERE "ingestId" = $1`, [ingestId])).toEqual({ n: 0 });
  expect(await row(`SELECT attempts FROM "Job" WHERE "subjectId" = $1`, [ingestId])).toEqual({ attempts: 2 });
});
