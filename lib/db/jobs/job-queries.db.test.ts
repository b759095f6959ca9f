import { beforeAll, describe, expect, it } from "vitest";
import { createId } from "@/lib/ids";
import { getDb } from "@/lib/db/client";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { createAnalysis } from "@/lib/db/analyses/create-analysis";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { reap } from "@/lib/jobs/run-worker";
import { stopTestWorker } from "@/test/setup/start-test-worker";
import { claimJob, finishJob, getJob, getJobForSubject, insertJob, renewJobLease } from "./job-queries";

const lapse = async (id: string) => (await getDb()).job.update({ where: { id }, data: { leaseExpiresAt: new Date(Date.now() - 1000) } });

// The claim, lease and reaper rules every worker relies on, on the real database.
describe(`job table (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  beforeAll(async () => {
    await stopTestWorker(); // claims here are the test's own
    await (await getDb()).job.updateMany({ where: { status: "queued" }, data: { status: "failed", lastError: "cleared by job-queries.db.test" } });
  });

  it("gives a job to exactly one of many simultaneous claimers", async () => {
    const id = await insertJob({ kind: "connection-test", subjectId: createId("con"), payload: {} });
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => claimJob(`claimer-${i}`, ["connection-test"], 60_000)));
    const won = claims.filter((c) => c?.id === id);
    expect(won).toHaveLength(1);
    expect(await getJob(id)).toMatchObject({ status: "running", attempts: 1, leaseOwner: won[0]!.leaseOwner });
    await finishJob(id, won[0]!.leaseOwner!, { status: "done" });
  });

  it("hands a lapsed lease to another worker, whose writes then win and the first's are refused", async () => {
    const id = await insertJob({ kind: "connection-test", subjectId: createId("con"), payload: {} });
    const first = await claimJob("w1", ["connection-test"], 60_000);
    expect(first?.id).toBe(id);
    expect(await claimJob("w2", ["connection-test"], 60_000)).toBeNull(); // leased
    expect(await renewJobLease(id, "w1", 60_000)).toBe(true);
    expect(await renewJobLease(id, "w2", 60_000)).toBe(false);
    await lapse(id);
    const second = await claimJob("w2", ["connection-test"], 60_000);
    expect(second).toMatchObject({ id, attempts: 2, leaseOwner: "w2" });
    expect(await renewJobLease(id, "w1", 60_000)).toBe(false); // w1 learns at its next heartbeat that it lost the job
    expect(await finishJob(id, "w1", { status: "done" })).toBe(false);
    expect(await finishJob(id, "w2", { status: "done" })).toBe(true);
    expect(await getJob(id)).toMatchObject({ status: "done", attempts: 2, leaseOwner: null });
  });

  it("fails a lapsed job with no attempt left, with the reason, and fails its analysis too", async () => {
    const workspaceId = (await resolveOperatorWorkspace()).id;
    const analysisId = createId("ana");
    await createAnalysis({ id: analysisId, workspaceId, name: "reaped", sourceIds: ["a", "b"], candidateIds: ["c"], options: {} });
    const job = (await getJobForSubject("analysis", analysisId))!;
    await (await getDb()).job.update({ where: { id: job.id }, data: { maxAttempts: 1 } });
    const claimed = await claimJob("doomed-worker", ["analysis"], 60_000);
    expect(claimed?.id).toBe(job.id);
    expect(await claimJob("other", ["analysis"], 60_000)).toBeNull();
    await lapse(job.id);
    expect(await claimJob("other", ["analysis"], 60_000)).toBeNull(); // no attempt left: not handed on
    expect(await reap()).toBeGreaterThanOrEqual(1);
    expect(await getJob(job.id)).toMatchObject({ status: "failed", lastError: expect.stringContaining("stopped responding 1 time") });
    const analysis = await getAnalysis(workspaceId, analysisId);
    expect(analysis).toMatchObject({ status: "failed", error: { code: "worker-lost" } });
    expect(analysis?.error?.message).toContain("Start the analysis again");
  });
});
