import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnalysis } from "@/lib/db/analyses/create-analysis";
import { runStoredAnalysis } from "@/lib/workflows/run-analysis";
import { claimAnalysis } from "@/lib/db/analyses/run-state";
import { signUpTestUser, type TestUser } from "@/lib/server/auth/test-session";
import { pageEvidence } from "@/lib/db/analyses/results-page-view";
import type { AnalysisResult } from "@/lib/analysis/result-types";

// The security list, against the real route handlers and a real database: no session → 401,
// another workspace's ids → 404, a revoked API token → 401, a share token reaches one analysis only,
// viewers cannot change anything, cross-site writes with a cookie → 403, SQL-shaped search is inert.

const root = path.resolve(__dirname, "../..");
const fixture = (name: string) => readFileSync(path.join(root, "e2e/fixtures", name));
const ORIGIN = "http://localhost:3000";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Call = { method: string; path: string; body?: BodyInit; headers?: Record<string, string> };

/** Every app/api route module with its URL pattern, found on disk so a new route cannot be forgotten. */
function routeModules(dir = path.join(root, "app/api")): { file: string; pattern: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeModules(full);
    if (name !== "route.ts") return [];
    return [{ file: full, pattern: "/" + path.relative(root, path.dirname(full)).replace(/\\/g, "/").replace(/^app\//, "") }];
  });
}

/** Calls the handler that serves `path`, with the params Next would pass. */
async function call(c: Call, auth: { cookie?: string; token?: string; workspaceId?: string } = {}): Promise<Response> {
  const url = new URL(c.path, ORIGIN);
  for (const route of routeModules()) {
    const names: string[] = [];
    const regex = new RegExp("^" + route.pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, n) => (names.push(n), "([^/]+)")) + "$");
    const match = regex.exec(url.pathname);
    if (!match) continue;
    const mod = (await import(/* @vite-ignore */ route.file)) as Record<string, Handler>;
    const handler = mod[c.method];
    if (!handler) throw new Error(`${c.method} ${route.pattern} is not exported`);
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.workspaceId) headers["x-workspace-id"] = auth.workspaceId;
    if (c.body !== undefined && !headers["content-type"]) headers["content-type"] = "application/json";
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
    return handler(new Request(url, { method: c.method, headers, body: c.body }), { params: Promise.resolve(params) });
  }
  throw new Error(`no route for ${c.path}`);
}

const jsonBody = (v: unknown) => JSON.stringify(v);

async function uploadCorpus(user: TestUser, file: string, name: string): Promise<string> {
  const res = await call({ method: "POST", path: `/api/corpora?filename=${file}&name=${encodeURIComponent(name)}`, body: fixture(file), headers: { "content-type": "application/octet-stream" } }, { cookie: user.cookie });
  expect(res.status).toBe(201);
  return ((await res.json()) as { corpora: { id: string }[] }).corpora[0].id;
}

describe(`access control (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  let alice: TestUser;
  let bob: TestUser;
  const a = { corpus: "", source2: "", candidate: "", analysis: "", otherAnalysis: "", ingest: "", shareLink: "", shareToken: "", connection: "", promptSet: "", collection: "" };

  beforeAll(async () => {
    alice = await signUpTestUser("alice");
    bob = await signUpTestUser("bob");
    a.corpus = await uploadCorpus(alice, "source-alpha.jsonl", "alpha");
    a.source2 = await uploadCorpus(alice, "source-beta.jsonl", "beta");
    a.candidate = await uploadCorpus(alice, "candidate-gamma.jsonl", "gamma");
    const created = await call({ method: "POST", path: "/api/analyses", body: jsonBody({ sourceIds: [a.corpus, a.source2], candidateIds: [a.candidate], options: { bootstrap: 10 } }) }, { cookie: alice.cookie });
    expect(created.status).toBe(202);
    a.analysis = ((await created.json()) as { id: string }).id;
    expect(await claimAnalysis("test", a.analysis)).toBe(a.analysis);
    await runStoredAnalysis(a.analysis);
    a.otherAnalysis = "ana_other_" + Date.now();
    await createAnalysis({ id: a.otherAnalysis, workspaceId: alice.workspaceId, name: "second", sourceIds: [a.corpus, a.source2], candidateIds: [a.candidate], options: {} });
    const ingest = await call({ method: "POST", path: "/api/ingests" }, { cookie: alice.cookie });
    a.ingest = ((await ingest.json()) as { id: string }).id;
    const share = await call({ method: "POST", path: `/api/analyses/${a.analysis}/share-links`, body: jsonBody({ label: "public" }) }, { cookie: alice.cookie });
    expect(share.status).toBe(201);
    const shared = (await share.json()) as { token: string; shareLink: { id: string } };
    a.shareToken = shared.token;
    a.shareLink = shared.shareLink.id;
    // Collect (issue 11): a connection, a prompt set and a queued collection of Alice's.
    const connection = await call({ method: "POST", path: "/api/connections", body: jsonBody({ name: "alpha api", baseUrl: "http://127.0.0.1:9/v1", model: "m", apiKey: "sk-alice-0123456789" }) }, { cookie: alice.cookie });
    a.connection = ((await connection.json()) as { connection: { id: string } }).connection.id;
    const promptSet = await call({ method: "POST", path: "/api/prompt-sets?filename=p.txt", body: "alpha prompt\n", headers: { "content-type": "text/plain" } }, { cookie: alice.cookie });
    a.promptSet = ((await promptSet.json()) as { promptSet: { id: string } }).promptSet.id;
    const collection = await call({ method: "POST", path: "/api/collections", body: jsonBody({ targets: [{ connectionId: a.connection }], prompts: { kind: "prompt-set", id: a.promptSet }, name: "alpha collection" }) }, { cookie: alice.cookie });
    a.collection = ((await collection.json()) as { collections: { id: string }[] }).collections[0].id;
  }, 120_000);

  // Every route that works on one workspace's data, with Alice's ids.
  const scoped = (): Call[] => [
    { method: "GET", path: "/api/corpora" },
    { method: "POST", path: "/api/corpora?filename=x.jsonl", body: '{"output":"x"}\n', headers: { "content-type": "application/octet-stream" } },
    { method: "GET", path: `/api/corpora/${a.corpus}` },
    { method: "DELETE", path: `/api/corpora/${a.corpus}` },
    { method: "GET", path: `/api/corpora/${a.corpus}/documents` },
    { method: "GET", path: "/api/analyses" },
    { method: "POST", path: "/api/analyses", body: jsonBody({ sourceIds: [a.corpus, a.source2], candidateIds: [a.candidate] }) },
    { method: "GET", path: `/api/analyses/${a.analysis}` },
    { method: "GET", path: `/api/analyses/${a.analysis}/export?format=json` },
    { method: "GET", path: `/api/analyses/${a.analysis}/concordance?corpus=${a.corpus}&term=the` },
    { method: "GET", path: `/api/analyses/${a.analysis}/term-rates?term=the` },
    { method: "GET", path: `/api/analyses/${a.analysis}/evidence?candidate=x&source=y` },
    { method: "GET", path: `/api/analyses/${a.analysis}/share-links` },
    { method: "POST", path: `/api/analyses/${a.analysis}/share-links`, body: jsonBody({}) },
    { method: "DELETE", path: `/api/share-links/${a.shareLink}` },
    { method: "POST", path: "/api/ingests" },
    { method: "GET", path: `/api/ingests/${a.ingest}` },
    { method: "PUT", path: `/api/ingests/${a.ingest}/files?name=x.jsonl`, body: '{"output":"x"}\n', headers: { "content-type": "application/octet-stream" } },
    { method: "GET", path: `/api/ingests/${a.ingest}/preview` },
    { method: "POST", path: `/api/ingests/${a.ingest}/commit`, body: jsonBody({}) },
    { method: "GET", path: `/api/uploads/validate?ingest=${a.ingest}` },
    { method: "GET", path: "/api/tokens" },
    { method: "POST", path: "/api/tokens", body: jsonBody({ name: "t" }) },
    { method: "DELETE", path: "/api/tokens/tok_x" },
    { method: "GET", path: "/api/workspaces" },
    { method: "POST", path: "/api/workspaces", body: jsonBody({ name: "w" }) },
    { method: "POST", path: "/api/workspaces/switch", body: jsonBody({ workspaceId: alice?.workspaceId }) },
    { method: "GET", path: "/api/workspaces/members" },
    { method: "POST", path: "/api/workspaces/members", body: jsonBody({ email: "x@example.test" }) },
    { method: "PATCH", path: "/api/workspaces/members", body: jsonBody({ email: "x@example.test", role: "viewer" }) },
    { method: "DELETE", path: "/api/workspaces/members", body: jsonBody({ email: "x@example.test" }) },
    { method: "GET", path: "/api/settings/signup" },
    { method: "PUT", path: "/api/settings/signup", body: jsonBody({ open: true }) },
    { method: "GET", path: "/api/connections" },
    { method: "POST", path: "/api/connections", body: jsonBody({ name: "c", baseUrl: "http://127.0.0.1:9/v1", model: "m" }) },
    { method: "GET", path: `/api/connections/${a.connection}` },
    { method: "PATCH", path: `/api/connections/${a.connection}`, body: jsonBody({ name: "renamed" }) },
    { method: "DELETE", path: `/api/connections/${a.connection}` },
    { method: "POST", path: `/api/connections/${a.connection}/test` },
    { method: "GET", path: "/api/prompt-sets" },
    { method: "POST", path: "/api/prompt-sets?filename=p.txt", body: "a prompt\n", headers: { "content-type": "text/plain" } },
    { method: "GET", path: `/api/prompt-sets/${a.promptSet}` },
    { method: "DELETE", path: `/api/prompt-sets/${a.promptSet}` },
    { method: "GET", path: "/api/collections" },
    { method: "POST", path: "/api/collections", body: jsonBody({ targets: [{ connectionId: a.connection }], prompts: { kind: "builtin", key: "identity-v1" } }) },
    { method: "GET", path: `/api/collections/${a.collection}` },
    { method: "DELETE", path: `/api/collections/${a.collection}` },
    { method: "POST", path: `/api/collections/${a.collection}/cancel` },
    { method: "POST", path: `/api/collections/${a.collection}/resume`, body: jsonBody({}) },
    { method: "POST", path: `/api/collections/${a.collection}/finish` },
    { method: "GET", path: `/api/collections/${a.collection}/answers` },
  ];

  it("covers every exported handler of every non-public route", async () => {
    const publicRoutes = new Set(["/api/health", "/api/auth/[...all]", "/api/share/[token]", "/api/share/[token]/concordance", "/api/share/[token]/term-rates", "/api/share/[token]/evidence"]);
    const covered = new Set(scoped().map((c) => `${c.method} ${c.path.split("?")[0]}`));
    for (const route of routeModules()) {
      if (publicRoutes.has(route.pattern)) continue;
      const mod = (await import(/* @vite-ignore */ route.file)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function")) {
        const regex = new RegExp("^" + route.pattern.replace(/\[(?:\.\.\.)?\w+\]/g, "[^/]+") + "$");
        expect([...covered].some((c) => c.startsWith(method + " ") && regex.test(c.slice(method.length + 1))), `${method} ${route.pattern} is not in the list`).toBe(true);
      }
    }
  });

  it("answers 401 to every route without a session, and leaks nothing", async () => {
    for (const c of scoped()) {
      const res = await call(c);
      expect(res.status, `${c.method} ${c.path}`).toBe(401);
      const text = await res.text();
      expect(text).not.toContain(a.corpus);
      expect(text).not.toContain("alpha");
      expect(text).not.toContain("sk-alice");
    }
  });

  it("answers 401 to a forged or garbage session cookie and a bad bearer token", async () => {
    for (const auth of [{ cookie: "distillscope.session_token=forged.value" }, { token: "dst_" + "x".repeat(43) }, { token: a.shareToken }]) {
      expect((await call({ method: "GET", path: "/api/corpora" }, auth)).status).toBe(401);
      expect((await call({ method: "GET", path: `/api/analyses/${a.analysis}` }, auth)).status).toBe(401);
    }
  });

  it("answers 404 to another workspace's ids, and lists none of them", async () => {
    const foreign = scoped().filter((c) => /\/(cor|ana|ing|shr|con|pst|col)_/.test(c.path));
    expect(foreign.length).toBeGreaterThanOrEqual(12);
    for (const c of foreign) {
      const res = await call(c, { cookie: bob.cookie });
      expect(res.status, `${c.method} ${c.path}`).toBe(404);
      expect(await res.text()).not.toContain("alpha");
    }
    const analyses = await call({ method: "POST", path: "/api/analyses", body: jsonBody({ sourceIds: [a.corpus, a.source2], candidateIds: [a.candidate] }) }, { cookie: bob.cookie });
    expect(analyses.status).toBe(400);
    expect(((await analyses.json()) as { error: { code: string } }).error.code).toBe("unknown-corpus");
    const corpora = (await (await call({ method: "GET", path: "/api/corpora" }, { cookie: bob.cookie })).json()) as { corpora: { id: string }[] };
    expect(corpora.corpora.map((c) => c.id)).not.toContain(a.corpus);
    const list = (await (await call({ method: "GET", path: "/api/analyses" }, { cookie: bob.cookie })).json()) as { analyses: { id: string }[] };
    expect(list.analyses.map((x) => x.id)).not.toContain(a.analysis);
    // Alice's things are all still there.
    expect((await call({ method: "GET", path: `/api/corpora/${a.corpus}` }, { cookie: alice.cookie })).status).toBe(200);
    expect((await call({ method: "GET", path: `/api/analyses/${a.analysis}/share-links` }, { cookie: alice.cookie })).status).toBe(200);
  });

  it("refuses a workspace header for a workspace the caller is not in", async () => {
    const res = await call({ method: "GET", path: "/api/corpora" }, { cookie: bob.cookie, workspaceId: alice.workspaceId });
    expect(res.status).toBe(404);
  });

  it("accepts a personal API token until it is revoked, then answers 401 everywhere", async () => {
    const created = await call({ method: "POST", path: "/api/tokens", body: jsonBody({ name: "script" }) }, { cookie: alice.cookie });
    expect(created.status).toBe(201);
    const { token, apiToken } = (await created.json()) as { token: string; apiToken: { id: string } };
    const ok = await call({ method: "GET", path: `/api/corpora/${a.corpus}` }, { token });
    expect(ok.status).toBe(200);
    const listed = (await (await call({ method: "GET", path: "/api/tokens" }, { cookie: alice.cookie })).json()) as { tokens: { id: string; lastUsedAt: string | null }[] };
    expect(listed.tokens.find((t) => t.id === apiToken.id)?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(token);
    // Bob cannot revoke Alice's token.
    expect((await call({ method: "DELETE", path: `/api/tokens/${apiToken.id}` }, { cookie: bob.cookie })).status).toBe(404);
    expect((await call({ method: "DELETE", path: `/api/tokens/${apiToken.id}` }, { cookie: alice.cookie })).status).toBe(204);
    for (const c of scoped()) {
      expect((await call(c, { token })).status, `${c.method} ${c.path}`).toBe(401);
    }
  });

  it("lets a share token open its one analysis and nothing else", async () => {
    const res = await call({ method: "GET", path: `/api/share/${a.shareToken}` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { analysis: { id: string } };
    expect(body.analysis.id).toBe(a.analysis);
    expect(Object.keys(body.analysis).sort()).toEqual(["createdAt", "id", "name", "result"]);
    expect((await call({ method: "GET", path: `/api/share/${a.shareToken.slice(0, -2)}xx` })).status).toBe(404);
    // Its analysis' evidence in context: only that analysis' corpora.
    const uses = await call({ method: "GET", path: `/api/share/${a.shareToken}/concordance?corpus=${a.candidate}&term=the` });
    expect(uses.status).toBe(200);
    expect(((await uses.json()) as { corpus: { id: string } }).corpus.id).toBe(a.candidate);
    expect((await call({ method: "GET", path: `/api/share/${a.shareToken}/concordance?corpus=cor_elsewhere&term=the` })).status).toBe(400);
    // The focused term's rate per corpus: the shared analysis' corpora, nothing else.
    const rates = await call({ method: "GET", path: `/api/share/${a.shareToken}/term-rates?term=the` });
    expect(rates.status).toBe(200);
    const rated = ((await rates.json()) as { corpora: { corpusId: string; uses: number }[] }).corpora;
    expect(rated.map((c) => c.corpusId)).toContain(a.candidate);
    expect(rated.every((c) => c.uses > 0)).toBe(true);
    // One pair's evidence terms, as the page shows them: the shared analysis' pairs only.
    const { result } = ((await (await call({ method: "GET", path: `/api/share/${a.shareToken}` })).json()) as { analysis: { result: AnalysisResult } }).analysis;
    const [candidate, source] = [result.candidates[0].name, result.sources[0]];
    const pair = await call({ method: "GET", path: `/api/share/${a.shareToken}/evidence?candidate=${encodeURIComponent(candidate)}&source=${encodeURIComponent(source)}` });
    expect(pair.status).toBe(200);
    expect(((await pair.json()) as { terms: unknown }).terms).toEqual(pageEvidence(result, candidate, source));
    expect((await call({ method: "GET", path: `/api/share/${a.shareToken}/evidence?candidate=nobody&source=${encodeURIComponent(source)}` })).status).toBe(404);
    // A share token is not a credential for the workspace API, for this analysis or another one.
    expect((await call({ method: "GET", path: `/api/analyses/${a.otherAnalysis}` }, { token: a.shareToken })).status).toBe(401);
    expect((await call({ method: "GET", path: `/api/analyses/${a.analysis}/concordance?corpus=${a.candidate}&term=the` }, { token: a.shareToken })).status).toBe(401);
    // Revoked: the link stops working.
    expect((await call({ method: "DELETE", path: `/api/share-links/${a.shareLink}` }, { cookie: alice.cookie })).status).toBe(204);
    expect((await call({ method: "GET", path: `/api/share/${a.shareToken}` })).status).toBe(404);
    expect((await call({ method: "GET", path: `/api/share/${a.shareToken}/concordance?corpus=${a.candidate}&term=the` })).status).toBe(404);
    expect((await call({ method: "GET", path: `/api/share/${a.shareToken}/term-rates?term=the` })).status).toBe(404);
    expect((await call({ method: "GET", path: `/api/share/${a.shareToken}/evidence?candidate=${encodeURIComponent(candidate)}&source=${encodeURIComponent(source)}` })).status).toBe(404);
  });

  it("lets a viewer read but not change anything (403)", async () => {
    const viewer = await signUpTestUser("viewer");
    const added = await call({ method: "POST", path: "/api/workspaces/members", body: jsonBody({ email: viewer.email, role: "viewer" }) }, { cookie: alice.cookie });
    expect(added.status).toBe(201);
    const as = { cookie: viewer.cookie, workspaceId: alice.workspaceId };
    expect((await call({ method: "GET", path: `/api/corpora/${a.corpus}` }, as)).status).toBe(200);
    for (const c of scoped().filter((x) => x.method !== "GET" && !/tokens|workspaces(\/switch)?$|settings/.test(x.path.split("?")[0]))) {
      expect((await call(c, as)).status, `${c.method} ${c.path}`).toBe(403);
    }
    expect((await call({ method: "GET", path: `/api/corpora/${a.corpus}` }, { cookie: alice.cookie })).status).toBe(200);
    // Members cannot manage members either; only owners.
    const member = await signUpTestUser("member");
    await call({ method: "POST", path: "/api/workspaces/members", body: jsonBody({ email: member.email, role: "member" }) }, { cookie: alice.cookie });
    const tryAdd = await call({ method: "POST", path: "/api/workspaces/members", body: jsonBody({ email: "z@example.test" }) }, { cookie: member.cookie, workspaceId: alice.workspaceId });
    expect(tryAdd.status).toBe(403);
  });

  it("rejects a cross-site state-changing request that carries a valid session cookie (CSRF)", async () => {
    const post = { method: "POST", path: `/api/analyses/${a.analysis}/share-links`, body: jsonBody({}) };
    const crossSite: Record<string, string>[] = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site", origin: "https://sub.localhost:3000" }, { origin: "null" }];
    for (const headers of crossSite) {
      const res = await call({ ...post, headers }, { cookie: alice.cookie });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await call({ method: "DELETE", path: `/api/corpora/${a.corpus}`, headers: { origin: "https://evil.example" } }, { cookie: alice.cookie })).status).toBe(403);
    expect((await call({ method: "GET", path: `/api/corpora/${a.corpus}` }, { cookie: alice.cookie })).status).toBe(200);
    const same = await call({ ...post, headers: { origin: ORIGIN, "sec-fetch-site": "same-origin" } }, { cookie: alice.cookie });
    expect(same.status).toBe(201);
  });

  it("treats SQL-shaped search input as text: no extra rows", async () => {
    for (const q of ["' OR 1=1 --", "%' OR '1'='1", "\" OR \"\"=\"", "'; DROP TABLE \"Corpus\"; --"]) {
      const corpora = (await (await call({ method: "GET", path: `/api/corpora?search=${encodeURIComponent(q)}` }, { cookie: alice.cookie })).json()) as { corpora: unknown[] };
      expect(corpora.corpora).toEqual([]);
      const docs = (await (await call({ method: "GET", path: `/api/corpora/${a.corpus}/documents?q=${encodeURIComponent(q)}` }, { cookie: alice.cookie })).json()) as { total: number };
      expect(docs.total).toBe(0);
    }
    const all = (await (await call({ method: "GET", path: `/api/corpora/${a.corpus}/documents` }, { cookie: alice.cookie })).json()) as { total: number };
    expect(all.total).toBe(40);
  });

  it("rejects a zip entry that reaches outside the archive through the upload API", async () => {
    const zip = zipSync({ "../../x.jsonl": strToU8('{"output":"x"}\n') });
    const ingest = (await (await call({ method: "POST", path: "/api/ingests" }, { cookie: alice.cookie })).json()) as { id: string };
    const put = await call({ method: "PUT", path: `/api/ingests/${ingest.id}/files?name=evil.zip`, body: zip, headers: { "content-type": "application/zip" } }, { cookie: alice.cookie });
    expect(put.status).toBe(200);
    const preview = await call({ method: "GET", path: `/api/ingests/${ingest.id}/preview` }, { cookie: alice.cookie });
    const direct = await call({ method: "POST", path: "/api/corpora?filename=evil.zip", body: zip, headers: { "content-type": "application/zip" } }, { cookie: alice.cookie });
    expect(direct.status).toBe(422);
    expect(((await direct.json()) as { error: { code: string } }).error.code).toBe("path-traversal");
    expect([200, 422]).toContain(preview.status);
    expect(await preview.text()).toContain("path-traversal");
  });
});
