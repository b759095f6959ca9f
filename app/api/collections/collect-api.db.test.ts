import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWorker } from "@/lib/jobs/run-worker";
import { signUpTestUser, type TestUser } from "@/lib/server/auth/test-session";
import { callRoute, type Call as RouteCall, type Caller as RouteAuth } from "@/test/support/call-route";
import { startFakeModelServer, type FakeModelServer } from "@/test/support/fake-model-server";
import { fixtureAnswer } from "@/test/support/collect-fixtures";

// The collect API end to end on a real database, with the worker doing the asking against a loopback
// model server: keys never come back, viewers and members get what their role allows.

const KEY = "sk-api-secret-ABCDEF0123456789xyz";
let server: FakeModelServer;
let owner: TestUser;
let member: TestUser;
let viewer: TestUser;
const bodies: string[] = []; // every response body seen, checked for the key at the end

async function call(c: RouteCall, auth: RouteAuth): Promise<{ status: number; body: any }> {
  const res = await callRoute(c, auth);
  const text = await res.text();
  bodies.push(text);
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
const post = (path: string, body: unknown, auth: RouteAuth) => call({ method: "POST", path, body: JSON.stringify(body) }, auth);
const get = (path: string, auth: RouteAuth) => call({ method: "GET", path }, auth);

beforeAll(async () => {
  server = await startFakeModelServer({ apiKey: KEY, answer: fixtureAnswer });
  owner = await signUpTestUser("owner");
  member = await signUpTestUser("member");
  viewer = await signUpTestUser("viewer");
  await post("/api/workspaces/members", { email: member.email, role: "member" }, { cookie: owner.cookie });
  await post("/api/workspaces/members", { email: viewer.email, role: "viewer" }, { cookie: owner.cookie });
}, 120_000);
afterAll(async () => {
  await server.close();
});

const asMember = () => ({ cookie: member.cookie, workspaceId: owner.workspaceId });
const asViewer = () => ({ cookie: viewer.cookie, workspaceId: owner.workspaceId });
const work = () => runWorker({ once: true, pollMs: 50 });

describe(`collect API (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  let connectionId = "";
  let promptSetId = "";

  it("lets an owner add a connection whose key is stored sealed and shown masked", async () => {
    const created = await post("/api/connections", { name: "Loopback", provider: "openai-compatible", baseUrl: `${server.url}/v1`, model: "fake-model", apiKey: KEY, concurrency: 3 }, { cookie: owner.cookie });
    expect(created.status).toBe(201);
    connectionId = created.body.connection.id;
    expect(created.body.connection).toMatchObject({ hasKey: true, keyMask: `••••••••${KEY.slice(-4)}`, concurrency: 3 });
    const { getDb } = await import("@/lib/db/client");
    const row = await (await getDb()).connection.findUnique({ where: { id: connectionId } });
    expect(row!.keyCipher).not.toContain(KEY);
    expect(row!.keyCipher!.startsWith("v1.")).toBe(true);
  });

  it("tests a connection on the worker and shows the exact error of a bad key", async () => {
    expect((await post(`/api/connections/${connectionId}/test`, {}, { cookie: owner.cookie })).status).toBe(202);
    await work();
    const ok = await get(`/api/connections/${connectionId}`, { cookie: owner.cookie });
    expect(ok.body.connection.test).toMatchObject({ ok: true });
    expect(ok.body.connection.test.message).toContain("fake-model answered");

    const bad = await post("/api/connections", { name: "Bad key", baseUrl: `${server.url}/v1`, model: "fake-model", apiKey: "sk-not-the-right-one-555555" }, { cookie: owner.cookie });
    await post(`/api/connections/${bad.body.connection.id}/test`, {}, { cookie: owner.cookie });
    await work();
    const failed = await get(`/api/connections/${bad.body.connection.id}`, { cookie: owner.cookie });
    expect(failed.body.connection.test.ok).toBe(false);
    expect(failed.body.connection.test.message).toMatch(/^auth: HTTP 401 from http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions: Incorrect API key provided/);
    expect(failed.body.connection.test.message).not.toContain("sk-not");
  });

  it("keeps key management to owners; members use connections; viewers neither see nor use keys", async () => {
    const patch = { method: "PATCH", path: `/api/connections/${connectionId}`, body: JSON.stringify({ apiKey: "sk-member-tries-000000" }) };
    expect((await call(patch, asMember())).status).toBe(403);
    expect((await post("/api/connections", { name: "x", baseUrl: `${server.url}/v1`, model: "m" }, asMember())).status).toBe(403);
    expect((await call({ method: "DELETE", path: `/api/connections/${connectionId}` }, asMember())).status).toBe(403);
    expect((await post(`/api/connections/${connectionId}/test`, {}, asMember())).status).toBe(202);

    const seen = await get("/api/connections", asViewer());
    expect(seen.status).toBe(200);
    const mine = seen.body.connections.find((c: { id: string }) => c.id === connectionId);
    expect(mine.keyMask).toBe("••••••••");
    expect(JSON.stringify(seen.body)).not.toContain(KEY.slice(-4));
    expect((await post(`/api/connections/${connectionId}/test`, {}, asViewer())).status).toBe(403);
    expect((await post("/api/collections", { targets: [{ connectionId }], prompts: { kind: "builtin", key: "identity-v1" } }, asViewer())).status).toBe(403);
    expect((await call(patch, asViewer())).status).toBe(403);
  });

  it("uploads a prompt list and collects it into an ordinary, analysable corpus", async () => {
    const upload = await callRoute(
      { method: "POST", path: "/api/prompt-sets?filename=questions.txt&name=Questions", body: "What is 1 + 1?\nWho are you?\nName three rivers.\n\nWhat is 1 + 1?\n", headers: { "content-type": "text/plain" } },
      asMember(),
    );
    expect(upload.status).toBe(201);
    const uploaded = await upload.json();
    expect(uploaded).toMatchObject({ promptSet: { name: "Questions", promptCount: 3 }, duplicates: 1 });
    promptSetId = uploaded.promptSet.id;

    const started = await post("/api/collections", { targets: [{ connectionId }, { connectionId, model: "fake-model-2" }], prompts: { kind: "prompt-set", id: promptSetId }, name: "Q", settings: { samples: 2, temperature: 0.7 } }, asMember());
    expect(started.status).toBe(202);
    expect(started.body.collections).toHaveLength(2);
    const [first] = started.body.collections;
    expect(first.total).toBe(6);
    // Nothing was asked on the request path.
    expect(server.asked.get("Name three rivers.")).toBeUndefined();

    await work();
    const done = await get(`/api/collections/${first.id}`, asViewer());
    expect(done.body.collection).toMatchObject({ status: "done", answered: 6, total: 6, settings: { samples: 2, temperature: 0.7 } });
    const corpus = await get(`/api/corpora/${done.body.collection.corpusId}`, asViewer());
    expect(corpus.status).toBe(200);
    expect(corpus.body.corpus ?? corpus.body).toMatchObject({ documentCount: 6, model: "fake-model" });
    const answers = await get(`/api/collections/${first.id}/answers`, asViewer());
    expect(answers.body.answers).toHaveLength(6);
  });

  it("collects what an existing corpus was asked, then an analysis shows who calls itself whose model", async () => {
    const upload = await callRoute(
      {
        method: "POST",
        path: "/api/corpora?filename=suspect.jsonl&name=Suspect&model=suspect-7b",
        body: ["Who are you?", "Name three rivers.", "Explain tides."].map((q, i) => JSON.stringify({ id: `q${i}`, instruction: q, output: i === 0 ? "I'm Zorblax, an AI assistant developed by Quillion Labs." : `Answer ${i}: certainly, here it is.` })).join("\n") + "\n",
        headers: { "content-type": "application/octet-stream" },
      },
      { cookie: owner.cookie },
    );
    const suspect = (await upload.json()).corpora[0].id;
    const started = await post("/api/collections", { targets: [{ connectionId }], prompts: { kind: "corpus", id: suspect }, name: "Teacher A" }, { cookie: owner.cookie });
    const other = await post("/api/collections", { targets: [{ connectionId, model: "other" }], prompts: { kind: "corpus", id: suspect }, name: "Teacher B" }, { cookie: owner.cookie });
    await work();
    const a = (await get(`/api/collections/${started.body.collections[0].id}`, { cookie: owner.cookie })).body.collection;
    const b = (await get(`/api/collections/${other.body.collections[0].id}`, { cookie: owner.cookie })).body.collection;
    expect(a.promptSource).toMatchObject({ kind: "corpus", id: suspect, count: 3 });
    expect(a.status).toBe("done");

    const analysis = await post("/api/analyses", { sourceIds: [a.corpusId, b.corpusId], candidateIds: [suspect], options: { bootstrap: 10 } }, { cookie: owner.cookie });
    expect(analysis.status).toBe(202);
    await work();
    const result = (await get(`/api/analyses/${analysis.body.id}`, { cookie: owner.cookie })).body.analysis.result;
    expect(result.identity.corpora.map((c: { name: string; statements: number }) => [c.name, c.statements])).toEqual([
      ["Teacher A", 1],
      ["Teacher B", 1],
      ["Suspect", 1],
    ]);
    expect(result.identity.foreignClaims.map((f: { claim: { value: string } }) => f.claim.value).sort()).toEqual(["Quillion Labs", "Zorblax"]);
  });

  it("never sends the key back, in any response of this suite", () => {
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) {
      expect(body).not.toContain(KEY);
      expect(body).not.toContain(KEY.slice(0, 10));
    }
  });
});
