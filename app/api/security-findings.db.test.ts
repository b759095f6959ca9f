import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAnalysis } from "@/lib/db/analyses/create-analysis";
import { claimAnalysis } from "@/lib/db/analyses/run-state";
import { addMember, LastOwnerError, setMemberRole } from "@/lib/db/accounts/memberships";
import { listUserWorkspaces } from "@/lib/db/accounts/workspaces";
import { getDb } from "@/lib/db/client";
import { authRequest, sessionCookie, signUpTestUser, type TestUser } from "@/lib/server/auth/test-session";
import { runStoredAnalysis } from "@/lib/workflows/run-analysis";
import { callRoute, errorCode, jsonBody } from "@/test/support/call-route";

// Issue 14, findings 4, 7, 8 (empty commit) and 10, and the structure items (last owner in the
// transaction, one workspace resolver, HSTS), against the real route handlers on both databases.

const fixture = (name: string) => readFileSync(path.resolve(__dirname, "../../e2e/fixtures", name));

async function upload(user: TestUser, file: string, name: string): Promise<string> {
  const res = await callRoute({ method: "POST", path: `/api/corpora?filename=${file}&name=${name}`, body: fixture(file), headers: { "content-type": "application/octet-stream" } }, { cookie: user.cookie });
  expect(res.status).toBe(201);
  return ((await res.json()) as { corpora: { id: string }[] }).corpora[0].id;
}

type Snippet = { corpus: string; left: string; match: string; right: string };

/** Every keyword-in-context snippet anywhere in a result. */
function snippets(value: unknown, found: Snippet[] = []): Snippet[] {
  if (Array.isArray(value)) value.forEach((v) => snippets(v, found));
  else if (value && typeof value === "object") {
    if ("match" in value && "corpus" in value) found.push(value as Snippet);
    else Object.values(value).forEach((v) => snippets(v, found));
  }
  return found;
}

describe(`security findings (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  let alice: TestUser;
  const ids = { alpha: "", beta: "", gamma: "", analysis: "" };

  beforeAll(async () => {
    alice = await signUpTestUser("findings");
    ids.alpha = await upload(alice, "source-alpha.jsonl", "alpha");
    ids.beta = await upload(alice, "source-beta.jsonl", "beta");
    ids.gamma = await upload(alice, "candidate-gamma.jsonl", "gamma");
    const created = await callRoute({ method: "POST", path: "/api/analyses", body: jsonBody({ sourceIds: [ids.alpha, ids.beta], candidateIds: [ids.gamma], options: { bootstrap: 10 } }) }, { cookie: alice.cookie });
    ids.analysis = ((await created.json()) as { id: string }).id;
    expect(await claimAnalysis("test", ids.analysis)).toBe(ids.analysis);
    await runStoredAnalysis(ids.analysis);
  }, 180_000);

  afterEach(() => {
    delete process.env.DISTILLSCOPE_PUBLIC_URL;
    delete process.env.DISTILLSCOPE_TRUST_PROXY;
  });

  const share = (headers: Record<string, string> = {}, cookie = alice.cookie) =>
    callRoute({ method: "POST", path: `/api/analyses/${ids.analysis}/share-links`, body: jsonBody({}), headers }, { cookie });

  /** A session cookie made under the current configuration (an https public origin means a __Secure- cookie). */
  const signIn = async (headers: Record<string, string> = {}) => sessionCookie(await authRequest("sign-in/email", { email: alice.email, password: alice.password }, headers));

  describe("finding 4: share URLs point where people reach the server", () => {
    it("uses the Host the browser sent, not the address the server listens on", async () => {
      const res = await share({ host: "distillscope.example.org" });
      expect(res.status).toBe(201);
      expect(((await res.json()) as { url: string }).url).toMatch(/^http:\/\/distillscope\.example\.org\/s\/[\w-]{20,}$/);
    });

    it("uses DISTILLSCOPE_PUBLIC_URL when set, whatever the request says", async () => {
      process.env.DISTILLSCOPE_PUBLIC_URL = "https://share.example.org";
      const res = await share({ host: "localhost:3703", origin: "https://share.example.org" }, await signIn());
      expect(res.status).toBe(201);
      expect(((await res.json()) as { url: string }).url).toMatch(/^https:\/\/share\.example\.org\/s\//);
    });

    it("follows X-Forwarded-Host/-Proto only behind a trusted proxy", async () => {
      const forged = await share({ host: "app.internal:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
      expect(((await forged.json()) as { url: string }).url).toMatch(/^http:\/\/app\.internal:3000\/s\//);
      process.env.DISTILLSCOPE_TRUST_PROXY = "1";
      const viaProxy = { host: "10.0.0.5:3000", "x-forwarded-host": "distillscope.example.org", "x-forwarded-proto": "https" };
      const proxied = await share(viaProxy, await signIn(viaProxy));
      expect(proxied.status).toBe(201);
      expect(((await proxied.json()) as { url: string }).url).toMatch(/^https:\/\/distillscope\.example\.org\/s\//);
    });
  });

  describe("finding 7: the CSRF check does not trust a client-sent X-Forwarded-Host", () => {
    it("refuses DELETE with Origin and X-Forwarded-Host both set to another site", async () => {
      const res = await callRoute({ method: "DELETE", path: `/api/corpora/${ids.beta}`, headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example" } }, { cookie: alice.cookie });
      expect(res.status).toBe(403);
      expect(await errorCode(res)).toBe("cross-site");
      expect((await callRoute({ method: "GET", path: `/api/corpora/${ids.beta}` }, { cookie: alice.cookie })).status).toBe(200);
    });

    it("accepts the proxy's host when DISTILLSCOPE_TRUST_PROXY says a proxy sets it", async () => {
      process.env.DISTILLSCOPE_TRUST_PROXY = "1";
      const res = await callRoute(
        { method: "POST", path: "/api/tokens", body: jsonBody({ name: "proxied" }), headers: { origin: "https://distillscope.example.org", "x-forwarded-host": "distillscope.example.org", host: "10.0.0.5:3000" } },
        { cookie: alice.cookie },
      );
      expect(res.status).toBe(201);
    });
  });

  describe("HSTS and CSP on API answers", () => {
    it("sends Strict-Transport-Security only when the public origin is https", async () => {
      const plain = await callRoute({ method: "GET", path: "/api/corpora" }, { cookie: alice.cookie });
      expect(plain.headers.get("strict-transport-security")).toBeNull();
      expect(plain.headers.get("content-security-policy")).toContain("default-src 'none'");
      process.env.DISTILLSCOPE_TRUST_PROXY = "1";
      const viaProxy = { "x-forwarded-proto": "https" };
      const https = await callRoute({ method: "GET", path: "/api/corpora", headers: viaProxy }, { cookie: await signIn(viaProxy) });
      expect(https.status).toBe(200);
      expect(https.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    });
  });

  describe("finding 8: committing an upload with no files", () => {
    it("answers 400 at once and leaves the upload waiting for files", async () => {
      const created = await callRoute({ method: "POST", path: "/api/ingests" }, { cookie: alice.cookie });
      const { id } = (await created.json()) as { id: string };
      const res = await callRoute({ method: "POST", path: `/api/ingests/${id}/commit`, body: jsonBody({}) }, { cookie: alice.cookie });
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe("no-files");
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/no files/i);
      const ingest = (await (await callRoute({ method: "GET", path: `/api/ingests/${id}` }, { cookie: alice.cookie })).json()) as { ingest: { status: string } };
      expect(ingest.ingest.status).toBe("uploaded");
    });
  });

  describe("the last owner, guarded inside the transaction", () => {
    const twoOwners = async () => {
      const a = await signUpTestUser("owner-a");
      const b = await signUpTestUser("owner-b");
      await addMember(a.workspaceId, b.email, "owner", a.userId);
      return { a, b, owners: async () => (await getDb()).membership.count({ where: { workspaceId: a.workspaceId, role: "owner" } }) };
    };

    // Before the fix, PostgreSQL lost both owners in 7 of 10 such rounds.
    it("two owners demoting or removing each other at once through the API leave exactly one owner", async () => {
      for (const method of ["PATCH", "DELETE", "PATCH", "DELETE", "PATCH", "DELETE"] as const) {
        const { a, b, owners } = await twoOwners();
        const body = (email: string) => jsonBody(method === "PATCH" ? { email, role: "viewer" } : { email });
        const answers = await Promise.all([
          callRoute({ method, path: "/api/workspaces/members", body: body(b.email) }, { cookie: a.cookie, workspaceId: a.workspaceId }),
          callRoute({ method, path: "/api/workspaces/members", body: body(a.email) }, { cookie: b.cookie, workspaceId: a.workspaceId }),
        ]);
        // One wins; the other finds it would remove the last owner (409), or is no longer an owner (403/404).
        const statuses = answers.map((r) => r.status).sort();
        expect(statuses.filter((s) => s === 200 || s === 204), method).toHaveLength(1);
        expect([403, 404, 409]).toContain(statuses.find((s) => s !== 200 && s !== 204));
        expect(await owners(), method).toBe(1);
      }
    });

    it("of two concurrent demotions past the role check, exactly one commits and the other is refused in its transaction", async () => {
      for (let round = 0; round < 3; round++) {
        const { a, b, owners } = await twoOwners();
        const outcomes = await Promise.allSettled([setMemberRole(a.workspaceId, b.email, "member"), setMemberRole(a.workspaceId, a.email, "member")]);
        expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
        const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
        expect(refused.reason).toBeInstanceOf(LastOwnerError);
        expect(await owners()).toBe(1);
      }
    });
  });

  describe("one workspace resolver", () => {
    it("gives a user removed from every workspace exactly one workspace of their own, however many requests come at once", async () => {
      const loner = await signUpTestUser("loner");
      const db = await getDb();
      await db.membership.deleteMany({ where: { userId: loner.userId } });
      const answers = await Promise.all(Array.from({ length: 6 }, () => callRoute({ method: "GET", path: "/api/workspaces" }, { cookie: loner.cookie })));
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
      const workspaces = await listUserWorkspaces(loner.userId);
      expect(workspaces).toHaveLength(1);
      expect(workspaces[0].role).toBe("owner");
      const active = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as { activeWorkspaceId: string }).activeWorkspaceId)));
      expect([...active]).toEqual([workspaces[0].id]);
    });
  });

  describe("finding 10: deleting a corpus removes its text from stored results and shares", () => {
    it("leaves no snippet of the deleted corpus in the share, and fails analyses still waiting on it", async () => {
      const created = await share();
      const { token } = (await created.json()) as { token: string };
      const read = async () => ((await (await callRoute({ method: "GET", path: `/api/share/${token}` })).json()) as { analysis: { result: unknown } }).analysis.result;
      const before = snippets(await read());
      // Delete whichever of the three corpora the result quotes most.
      const quoted = (name: string) => before.filter((s) => s.corpus === name).length;
      const victim = (["alpha", "beta", "gamma"] as const).reduce((a, b) => (quoted(b) > quoted(a) ? b : a));
      expect(quoted(victim)).toBeGreaterThan(0);
      const waiting = "ana_waiting_" + Date.now();
      await createAnalysis({ id: waiting, workspaceId: alice.workspaceId, name: "waiting", sourceIds: [ids.alpha, ids.beta], candidateIds: [ids.gamma], options: {} });
      expect((await callRoute({ method: "DELETE", path: `/api/corpora/${ids[victim]}` }, { cookie: alice.cookie })).status).toBe(204);
      const after = snippets(await read());
      expect(after.filter((s) => s.corpus === victim)).toEqual([]);
      expect(after.length).toBe(before.length - quoted(victim));
      const exported = await callRoute({ method: "GET", path: `/api/analyses/${ids.analysis}/export?format=json` }, { cookie: alice.cookie });
      expect(snippets(((await exported.json()) as { result: unknown }).result).filter((s) => s.corpus === victim)).toEqual([]);
      const job = (await (await callRoute({ method: "GET", path: `/api/analyses/${waiting}` }, { cookie: alice.cookie })).json()) as { analysis: { status: string } };
      expect(job.analysis.status).toBe("failed");
    });
  });
});
