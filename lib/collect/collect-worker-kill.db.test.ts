import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { getCollectionRun } from "@/lib/db/collect/collection-runs";
import { startFakeModelServer, type FakeModelServer } from "@/test/support/fake-model-server";
import { collectPrompts, fixtureAnswer } from "@/test/support/collect-fixtures";
import { createCollection } from "./create-collection";
import { addConnection } from "./save-connection";

// A real worker process, killed with SIGKILL in the middle of a run: a second worker takes the run over when
// the lease lapses, asks only what has no stored answer, and the corpus has each prompt exactly once.

const root = path.resolve(__dirname, "../..");
const KEY = "sk-kill-test-0123456789abcdef";
let server: FakeModelServer;
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "cli/main.ts"), "worker"], {
    cwd: root,
    // No warm-up analysis (~1-3 s of CPU at start): these tests time claims, leases and kills.
    env: { ...process.env, DISTILLSCOPE_LEASE_SECONDS: "4", DISTILLSCOPE_THREADS: "0", DISTILLSCOPE_WORKER_WARMUP: "0" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", () => undefined);
  workers.push(child);
  return child;
}

beforeAll(async () => {
  // Jobs other test files left queued would take these workers' slots first.
  await (await getDb()).job.updateMany({ where: { status: "queued" }, data: { status: "failed", lastError: "cleared by collect-worker-kill.db.test" } });
  // Each answer streams in ~15 chunks 15 ms apart: the run lasts long enough to be killed halfway.
  server = await startFakeModelServer({ apiKey: KEY, answer: fixtureAnswer, chunkChars: 10, chunkDelayMs: 15 });
});
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
  await server.close();
});

describe(`collection across a worker kill (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("resumes after kill -9 without losing or repeating an answered prompt", async () => {
    const workspaceId = (await resolveOperatorWorkspace()).id;
    const con = await addConnection(workspaceId, null, { name: "fake", baseUrl: `${server.url}/v1`, model: "fake-model", apiKey: KEY, concurrency: 4 });
    const prompts = collectPrompts(60, "Kill");
    const { id } = await createCollection({
      workspaceId,
      userId: null,
      target: { connectionId: con.id },
      prompts: { kind: "items", name: "kill list", prompts: prompts.map((prompt, i) => ({ prompt, promptId: `k${i}` })) },
      settings: { retryBaseMs: 50 },
    });
    const db = await getDb();
    const answeredPrompts = async () => (await db.collectionAnswer.findMany({ where: { runId: id, status: "done" }, select: { prompt: true } })).map((a) => a.prompt);

    const first = startWorker();
    await waitFor(async () => (await answeredPrompts()).length >= 12, 60_000);
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const before = await answeredPrompts();
    const askedAtKill = new Map(prompts.map((p) => [p, server.asked.get(p) ?? 0]));
    expect(before.length).toBeLessThan(60);
    expect((await getCollectionRun(workspaceId, id))?.status).toBe("running"); // the dead worker's claim, until its lease lapses

    startWorker();
    await waitFor(async () => (await getCollectionRun(workspaceId, id))?.status === "done", 90_000);

    const run = await getCollectionRun(workspaceId, id);
    expect(run).toMatchObject({ status: "done", answered: 60, failed: 0 });
    const rows = await db.collectionAnswer.findMany({ where: { runId: id }, select: { prompt: true, status: true } });
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => r.prompt)).size).toBe(60);
    // Nothing answered before the kill was asked again after it.
    for (const p of before) expect(server.asked.get(p), p).toBe(askedAtKill.get(p));
    // At most the requests in flight at the kill (4) were asked twice.
    const repeated = prompts.filter((p) => (server.asked.get(p) ?? 0) > 1);
    expect(repeated.length).toBeLessThanOrEqual(4);
    const docs = await db.document.findMany({ where: { corpusId: run!.corpusId! }, select: { promptId: true } });
    expect(docs).toHaveLength(60);
    expect(new Set(docs.map((d) => d.promptId)).size).toBe(60);
  }, 180_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out waiting");
}
