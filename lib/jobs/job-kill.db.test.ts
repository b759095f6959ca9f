import { spawn, type ChildProcess } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticJsonl } from "@/bench/make-synthetic-jsonl";
import { createId } from "@/lib/ids";
import { getEnv } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { createAnalysis } from "@/lib/db/analyses/create-analysis";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import { loadStoredFeatures } from "@/lib/db/features/corpus-features-store";
import { createIngest, getIngest, queueIngest, recordUploadedFiles } from "@/lib/db/ingests/ingest-queries";
import { hasUploadChunks } from "@/lib/db/ingests/upload-chunks";
import { getJobForSubject, insertJob } from "@/lib/db/jobs/job-queries";
import { FEATURE_VERSION } from "@/lib/features/compute-features";
import { spoolFile } from "@/lib/uploads/upload-spool";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";
import { ingestNow } from "@/lib/workflows/ingest-upload";
import { stopTestWorker } from "@/test/setup/start-test-worker";

// Real worker processes, killed with SIGKILL in the middle of an ingest, a fingerprint and an analysis. Only
// one worker lives at a time: the next one takes the dead one's job when its lease (3 s here) lapses, or the
// reaper fails it with the reason when no attempt is left. Nothing half-written is ever visible, and no
// upload spool outlives its ingest.

const root = path.resolve(__dirname, "../..");
const LEASE_SECONDS = "3";
const workers: ChildProcess[] = [];
let dir = "";
let workspaceId = "";

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "cli/main.ts"), "worker"], {
    cwd: root,
    // No warm-up analysis (~1-3 s of CPU at start): these tests time claims, leases and kills.
    env: { ...process.env, DISTILLSCOPE_LEASE_SECONDS: LEASE_SECONDS, DISTILLSCOPE_WORKER_WARMUP: "0" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", () => undefined);
  workers.push(child);
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  child.kill("SIGKILL");
  if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once("exit", resolve));
}

const ownedBy = (owner: string | null | undefined, child: ChildProcess) => owner?.split(":")[1] === String(child.pid);

/** An upload of `bytes` of synthetic JSONL, spooled and queued as the API does. */
async function queueUpload(name: string, bytes: number, maxAttempts: number): Promise<{ ingestId: string; lines: number }> {
  const file = path.join(dir, `${name}.jsonl`);
  const lines = await writeSyntheticJsonl(file, bytes, bytes);
  const ingestId = createId("ing");
  await createIngest({ workspaceId }, ingestId, null);
  const spooled = await spoolFile({ ingestId, dir: null }, `${name}.jsonl`, createReadStream(file));
  await recordUploadedFiles(ingestId, [spooled.name], spooled.bytes);
  expect(await queueIngest(workspaceId, ingestId, ingestOptionsSchema.parse({ name }), null, maxAttempts)).toBeTruthy();
  return { ingestId, lines };
}

/** Rows of corpora this ingest created, visible or not. */
async function corpusRows(ingestId: string) {
  const db = await getDb();
  return db.corpus.findMany({ where: { ingestId }, select: { id: true, status: true, documentCount: true, _count: { select: { documents: true } } } });
}

beforeAll(async () => {
  await stopTestWorker(); // this file's jobs are for its own worker processes
  dir = mkdtempSync(path.join(tmpdir(), "job-kill-"));
  workspaceId = (await resolveOperatorWorkspace()).id;
  // Jobs other test files left queued (rows they ran by hand) would only slow these workers down.
  await (await getDb()).job.updateMany({ where: { status: "queued" }, data: { status: "failed", lastError: "cleared by job-kill.db.test" } });
});
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe(`jobs across kill -9 of their worker (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("mid-ingest, mid-fingerprint and mid-analysis: the next worker finishes each, nothing half-written shows", async () => {
    expect(getEnv().DISTILLSCOPE_SPOOL).toBe("database");
    const db = await getDb();
    // Two corpora stored without fingerprints (as the CLI ingests): the analysis has to fingerprint them.
    const owner = { workspaceId };
    const other = [];
    for (const [i, bytes] of [2_000_000, 2_000_000].entries()) {
      const file = path.join(dir, `other-${i}.jsonl`);
      await writeSyntheticJsonl(file, bytes, 100 + i);
      other.push((await ingestNow([{ path: file, name: `other-${i}.jsonl`, bytes }], ingestOptionsSchema.parse({ name: `kill other ${i}` }), owner)).corpora[0].id);
    }

    // 1. Ingest: killed once it has written documents; the half-written corpus is never listed.
    const upload = await queueUpload("kill-ingest", 5_000_000, 3);
    const first = startWorker();
    await waitFor(async () => (await corpusRows(upload.ingestId)).some((c) => c._count.documents > 0), 90_000);
    await kill(first);
    expect((await corpusRows(upload.ingestId)).every((c) => c.status === "ingesting")).toBe(true);
    expect((await listCorpora(workspaceId, { search: "kill-ingest" })).length).toBe(0);
    expect((await getJobForSubject("ingest", upload.ingestId))?.status).toBe("running"); // the dead worker's, until its lease lapses

    const second = startWorker();
    await waitFor(async () => (await getJobForSubject("ingest", upload.ingestId))?.status === "done", 60_000);
    const ingested = await corpusRows(upload.ingestId);
    expect(ingested).toHaveLength(1);
    expect(ingested[0]).toMatchObject({ status: "ready", documentCount: upload.lines, _count: { documents: upload.lines } });
    expect(await getJobForSubject("ingest", upload.ingestId)).toMatchObject({ status: "done", attempts: 2 });
    expect(await hasUploadChunks(upload.ingestId)).toBe(false);

    // 2. Fingerprint, queued by the ingest: killed while it computes; no fingerprint until the next worker's.
    const corpusId = ingested[0].id;
    await waitFor(async () => ownedBy((await getJobForSubject("fingerprint", corpusId))?.leaseOwner, second), 60_000);
    await kill(second);
    const fingerprint = await getJobForSubject("fingerprint", corpusId);
    if (fingerprint?.status === "running") expect(await loadStoredFeatures(corpusId, FEATURE_VERSION)).toBeNull();
    const third = startWorker();
    await waitFor(async () => (await getJobForSubject("fingerprint", corpusId))?.status === "done", 60_000);
    expect(await loadStoredFeatures(corpusId, FEATURE_VERSION)).not.toBeNull();

    // 3. Analysis: killed while it runs; the row stays "running" without a result, then the next worker's attempt writes it.
    const analysisId = createId("ana");
    await createAnalysis({ id: analysisId, workspaceId, name: "kill analysis", sourceIds: [other[0], other[1]], candidateIds: [corpusId], options: { bootstrap: 20 } });
    await waitFor(async () => {
      const row = await db.analysis.findUnique({ where: { id: analysisId } });
      return row?.status === "running" && ownedBy(row.claimedBy, third);
    }, 60_000);
    await kill(third);
    const killed = await db.analysis.findUnique({ where: { id: analysisId } });
    if (killed?.status === "running") expect(killed.result).toBeNull();
    const fourth = startWorker();
    await waitFor(async () => (await db.analysis.findUnique({ where: { id: analysisId } }))?.status !== "running", 90_000);
    const done = await db.analysis.findUnique({ where: { id: analysisId } });
    expect(done).toMatchObject({ status: "done" });
    expect(ownedBy(done!.claimedBy, fourth)).toBe(true);
    // The job row is closed just after the analysis row it ran.
    await waitFor(async () => (await getJobForSubject("analysis", analysisId))?.status !== "running", 30_000);
    expect(await getJobForSubject("analysis", analysisId)).toMatchObject({ status: "done", attempts: 2 });

    // 4. An ingest with no attempt left: killed mid-way, failed with the reason by a live worker's reaper,
    //    its half-written corpus and its spool removed.
    const doomed = await queueUpload("kill-doomed", 5_000_000, 1);
    await waitFor(async () => (await corpusRows(doomed.ingestId)).some((c) => c._count.documents > 0), 90_000);
    const doomedOwner = (await getJobForSubject("ingest", doomed.ingestId))?.leaseOwner;
    expect(ownedBy(doomedOwner, fourth)).toBe(true);
    await kill(fourth);
    startWorker();
    await waitFor(async () => (await getIngest(workspaceId, doomed.ingestId))?.status === "failed", 60_000);
    const failed = await getIngest(workspaceId, doomed.ingestId);
    expect(failed?.error).toMatchObject({ code: "interrupted" });
    expect((failed?.error as { message: string }).message).toMatch(/stopped responding 1 time/);
    expect(await getJobForSubject("ingest", doomed.ingestId)).toMatchObject({ status: "failed", lastError: expect.stringMatching(/lease of 3 s lapsed/) });
    expect(await corpusRows(doomed.ingestId)).toHaveLength(0);
    expect(await hasUploadChunks(doomed.ingestId)).toBe(false);
  }, 420_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("timed out waiting");
}
