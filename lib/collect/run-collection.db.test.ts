import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { getCollectionRun, requeueCollectionRun, requestCancel } from "@/lib/db/collect/collection-runs";
import { iterateCorpusDocuments } from "@/lib/db/corpora/list-corpus-documents";
import { loadCorpusIdentities } from "@/lib/db/identity/corpus-identity-store";
import { loadStoredFeatures } from "@/lib/db/features/corpus-features-store";
import { FEATURE_VERSION } from "@/lib/features/compute-features";
import { startFakeModelServer, type Fault, type FakeModelServer } from "@/test/support/fake-model-server";
import { collectPrompts, fixtureAnswer } from "@/test/support/collect-fixtures";
import { createCollection } from "./create-collection";
import { addConnection } from "./save-connection";
import { runCollection } from "./run-collection";
import { parseProvenance } from "./provenance";

const KEY = "sk-collect-test-0123456789abcdef";
let server: FakeModelServer;
const faults: ((r: { prompt: string; attempt: number }) => Fault | null | undefined)[] = [];
let workspaceId = "";

beforeAll(async () => {
  server = await startFakeModelServer({ apiKey: KEY, answer: fixtureAnswer, fault: (r) => faults.map((f) => f(r)).find(Boolean) ?? null });
  workspaceId = (await resolveOperatorWorkspace()).id;
});
afterAll(() => server.close());

async function connection(key = KEY) {
  return addConnection(workspaceId, null, { name: "fake", provider: "openai-compatible", baseUrl: `${server.url}/v1`, model: "fake-model", apiKey: key, concurrency: 4 });
}
const items = (prompts: string[]) => ({ kind: "items" as const, name: "test list", prompts: prompts.map((prompt, i) => ({ prompt, promptId: `p${i + 1}` })) });
const fast = { retryBaseMs: 20, timeoutSeconds: 2 };

describe(`collection runs (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("collects through 429s, 500s, slow answers and dropped streams into a ready, fingerprinted corpus", async () => {
    const prompts = [...collectPrompts(24, "Alpha"), "Alpha empty one", "Alpha forbidden thing", "Alpha who are you?"];
    faults.length = 0;
    faults.push(({ prompt, attempt }) => {
      if (attempt > 0 || !prompt.startsWith("Alpha")) return null;
      const n = Number(/(\d+)/.exec(prompt)?.[1] ?? 0);
      if (n % 7 === 1) return { kind: "429", retryAfterSeconds: 1 };
      if (n % 7 === 2) return { kind: "500" };
      if (n % 7 === 3) return { kind: "drop", afterChunks: 2 };
      if (n % 7 === 4) return { kind: "slow", delayMs: 5000 };
      return null;
    });
    const con = await connection();
    const { id, total } = await createCollection({ workspaceId, userId: null, target: { connectionId: con.id }, prompts: items(prompts), name: "Alpha run", settings: fast });
    expect(total).toBe(27);
    const started = Date.now();
    const outcome = await runCollection(id, { workerId: "test-worker" });
    expect(outcome.status).toBe("done");
    // A 429 said "retry after 1 s": it was honoured.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);

    const run = await getCollectionRun(workspaceId, id);
    expect(run).toMatchObject({ status: "done", answered: 27, failed: 0, empty: 1, refusals: 1, total: 27 });
    expect(run!.requests).toBeGreaterThan(27);
    await expectNeverAskedAfterAnswered(id);

    const db = await getDb();
    const corpus = await db.corpus.findUnique({ where: { id: run!.corpusId! } });
    expect(corpus).toMatchObject({ status: "ready", name: "Alpha run", model: "fake-model", documentCount: 26 });
    const provenance = parseProvenance(corpus!.provenance);
    expect(provenance).toMatchObject({ provider: "openai-compatible", model: "fake-model", maxTokens: 1024, samples: 1, temperature: null, systemPrompt: "", text: "answer" });
    expect(provenance!.counts).toMatchObject({ asked: 27, answered: 27, empty: 1, refusals: 1, failed: 0, documents: 26, withReasoning: 4 });
    expect(provenance!.baseUrl).toBe(`${server.url}/v1`);

    const docs = await listCorpusDocuments(corpus!.id);
    expect(docs.map((d) => d.promptId)).toEqual(prompts.map((_, i) => `p${i + 1}`).filter((_, i) => i !== 24));
    // Reasoning is kept apart: never in the analysed text.
    expect(docs.some((d) => d.text.includes("I should be upbeat"))).toBe(false);
    const reasoned = await db.collectionAnswer.count({ where: { runId: id, reasoning: { contains: "I should be upbeat" } } });
    expect(reasoned).toBe(4);
    expect(await loadStoredFeatures(corpus!.id, FEATURE_VERSION)).not.toBeNull();
    const identity = (await loadCorpusIdentities([corpus!.id])).get(corpus!.id);
    expect(identity?.claims.map((c) => c.value)).toEqual(expect.arrayContaining(["Zorblax", "Quillion Labs"]));
  });

  it("stops on a request budget, then resumes without asking an answered prompt again", async () => {
    faults.length = 0;
    const prompts = collectPrompts(12, "Beta");
    const con = await connection();
    const { id } = await createCollection({ workspaceId, userId: null, target: { connectionId: con.id }, prompts: items(prompts), settings: { ...fast, concurrency: 2, budget: { requests: 5 } } });
    expect((await runCollection(id, { workerId: "w1" })).status).toBe("stopped");
    const stopped = await getCollectionRun(workspaceId, id);
    expect(stopped).toMatchObject({ status: "stopped", stopReason: "budget-requests" });
    expect(stopped!.answered).toBeLessThanOrEqual(5);
    expect(stopped!.corpusId).toBeNull();
    const askedBefore = new Map(prompts.map((p) => [p, server.asked.get(p) ?? 0]));

    expect(await requeueCollectionRun(workspaceId, id, { finish: false, settings: { ...stopped!.settings, budget: { requests: null, tokens: null } } })).toBe(true);
    expect((await runCollection(id, { workerId: "w2" })).status).toBe("done");
    const done = await getCollectionRun(workspaceId, id);
    expect(done).toMatchObject({ status: "done", answered: 12 });
    for (const p of prompts) if (askedBefore.get(p)) expect(server.asked.get(p), p).toBe(askedBefore.get(p));
    await expectNeverAskedAfterAnswered(id);
  });

  it("cancels at the next heartbeat and resumes where it stopped", async () => {
    faults.length = 0;
    faults.push(({ prompt }) => (prompt.startsWith("Gamma") ? { kind: "slow", delayMs: 150 } : null));
    const prompts = collectPrompts(20, "Gamma");
    const con = await connection();
    const { id } = await createCollection({ workspaceId, userId: null, target: { connectionId: con.id }, prompts: items(prompts), settings: { retryBaseMs: 20, concurrency: 2 } });
    const running = runCollection(id, { workerId: "w1", progressEveryMs: 100 });
    await waitFor(async () => ((await getCollectionRun(workspaceId, id))?.answered ?? 0) >= 3);
    expect(await requestCancel(workspaceId, id)).toBe(true);
    expect((await running).status).toBe("cancelled");
    const cancelled = await getCollectionRun(workspaceId, id);
    expect(cancelled!.answered).toBeLessThan(20);
    await requeueCollectionRun(workspaceId, id, { finish: false });
    expect((await runCollection(id, { workerId: "w2", progressEveryMs: 100 })).status).toBe("done");
    await expectNeverAskedAfterAnswered(id);
  });

  it("hands a run over: a second taker (even in the same process) makes the first stop, nothing is asked twice", async () => {
    faults.length = 0;
    faults.push(({ prompt }) => (prompt.startsWith("Epsilon") ? { kind: "slow", delayMs: 100 } : null));
    const prompts = collectPrompts(16, "Epsilon");
    const con = await connection();
    const { id } = await createCollection({ workspaceId, userId: null, target: { connectionId: con.id }, prompts: items(prompts), settings: { retryBaseMs: 20, concurrency: 2 } });
    const first = runCollection(id, { workerId: "same-process", progressEveryMs: 100 });
    await waitFor(async () => ((await getCollectionRun(workspaceId, id))?.answered ?? 0) >= 2);
    const second = runCollection(id, { workerId: "same-process", progressEveryMs: 100 });
    expect((await first).status).toBe("lost");
    expect((await second).status).toBe("done");
    await expectNeverAskedAfterAnswered(id);
  });

  it("fails the run at once on a rejected key, with the provider's words and without the key", async () => {
    faults.length = 0;
    const wrong = "sk-wrong-9876543210fedcba";
    const con = await connection(wrong);
    const { id } = await createCollection({ workspaceId, userId: null, target: { connectionId: con.id }, prompts: items(collectPrompts(30, "Delta")), settings: fast });
    expect((await runCollection(id, { workerId: "w1" })).status).toBe("failed");
    const run = await getCollectionRun(workspaceId, id);
    expect(run!.error?.code).toBe("auth");
    expect(run!.error?.message).toContain("Incorrect API key provided");
    expect(JSON.stringify(run)).not.toContain(wrong.slice(0, 8));
    expect(run!.requests).toBeLessThanOrEqual(5);
  });

  it("collects the prompts of an existing corpus, keeping their ids so the corpora align", async () => {
    faults.length = 0;
    const db = await getDb();
    const source = (await db.corpus.findFirst({ where: { name: "Alpha run" } }))!;
    const con = await connection();
    const { id, total } = await createCollection({ workspaceId, userId: null, target: { connectionId: con.id, model: "other-model" }, prompts: { kind: "corpus", id: source.id }, settings: fast });
    expect(total).toBe(26);
    expect((await runCollection(id, { workerId: "w1" })).status).toBe("done");
    const run = await getCollectionRun(workspaceId, id);
    expect(run!.promptSource).toMatchObject({ kind: "corpus", id: source.id, count: 26 });
    const a = (await listCorpusDocuments(source.id)).map((d) => d.promptId);
    const b = (await listCorpusDocuments(run!.corpusId!)).map((d) => d.promptId);
    expect(new Set(b.filter(Boolean))).toEqual(new Set(a.filter((p) => p !== "p25")));
  });
});

/** The property that matters: once an answer is stored, its prompt is never requested again. */
async function expectNeverAskedAfterAnswered(runId: string): Promise<void> {
  const db = await getDb();
  const rows = await db.collectionAnswer.findMany({ where: { runId }, select: { prompt: true, status: true, answeredAt: true } });
  expect(rows.every((r) => r.status === "done")).toBe(true);
  expect(new Set(rows.map((r) => r.prompt)).size).toBe(rows.length);
  for (const r of rows) {
    const requests = server.askedAt.get(r.prompt) ?? [];
    expect(requests.length, r.prompt).toBeGreaterThan(0);
    expect(Math.max(...requests), `${r.prompt}: asked at ${requests.join(", ")}, answered at ${r.answeredAt!.getTime()}`).toBeLessThanOrEqual(r.answeredAt!.getTime());
  }
}

async function listCorpusDocuments(corpusId: string) {
  const out = [];
  for await (const batch of iterateCorpusDocuments(corpusId)) out.push(...batch);
  return out;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("timed out waiting");
}
