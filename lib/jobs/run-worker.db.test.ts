import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createId } from "@/lib/ids";
import { createAnalysis } from "@/lib/db/analyses/create-analysis";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { claimAnalysis } from "@/lib/db/analyses/run-state";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";
import { ingestNow } from "@/lib/workflows/ingest-upload";
import { runWorker } from "./run-worker";

const fixtures = path.resolve(__dirname, "../../e2e/fixtures");
const file = (name: string) => ({ path: path.join(fixtures, name), name, bytes: readFileSync(path.join(fixtures, name)).length });

/** Two sources and a candidate from the e2e fixtures, ingested into the operator's workspace. */
async function ingestFixtures() {
  const workspace = await resolveOperatorWorkspace();
  const owner = { workspaceId: workspace.id, userId: null };
  const ingest = async (name: string) => (await ingestNow([file(name)], ingestOptionsSchema.parse({}), owner)).corpora[0].id;
  return { workspace, sourceIds: [await ingest("source-alpha.jsonl"), await ingest("source-beta.jsonl")], candidateIds: [await ingest("candidate-gamma.jsonl")] };
}

// An analysis is queued with its job (one transaction); the job runner claims it once and the analysis ends
// "done" with a stored, complete result.
describe(`analysis worker (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("claims a queued analysis once, runs it to a stored result", async () => {
    const { workspace, sourceIds, candidateIds } = await ingestFixtures();
    const id = createId("ana");
    await createAnalysis({ id, workspaceId: workspace.id, name: "worker test", sourceIds, candidateIds, options: { bootstrap: 10 } });

    let warmUps = 0;
    await runWorker({ once: true, pollMs: 50, kinds: ["analysis"], warmUp: async () => void warmUps++ });
    expect(warmUps).toBe(0); // `worker --once` leaves when the queue is empty: nothing to warm up for

    const done = await getAnalysis(workspace.id, id);
    expect(done?.status).toBe("done");
    expect(done?.progress).toBe(1);
    expect(done?.result?.candidates[0].ranking).toHaveLength(2);
    expect(done?.result?.params.bootstrap).toBe(10);
    // a finished analysis can never be claimed (and so rewritten) again
    expect(await claimAnalysis("another-worker", id)).toBeNull();
  });

  it("warms up once, the first time it has nothing to claim, then runs the analysis queued meanwhile", async () => {
    const { workspace, sourceIds, candidateIds } = await ingestFixtures();
    const id = createId("ana");
    const events: string[] = [];
    const controller = new AbortController();
    const running = runWorker({
      signal: controller.signal,
      pollMs: 50,
      kinds: ["analysis"],
      warmUp: async () => {
        events.push("warm-up");
        await createAnalysis({ id, workspaceId: workspace.id, name: "queued while warming up", sourceIds, candidateIds, options: { bootstrap: 10 } });
      },
    });
    const deadline = Date.now() + 60_000;
    while ((await getAnalysis(workspace.id, id))?.status !== "done" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 200)); // idle polls after the analysis: no second warm-up
    controller.abort();
    await running;
    expect((await getAnalysis(workspace.id, id))?.status).toBe("done");
    expect(events).toEqual(["warm-up"]);
  });
});
