import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listUserWorkspaces } from "@/lib/db/accounts/workspaces";
import { GET as listCorpora } from "@/app/api/corpora/route";
import { POST as addMember } from "@/app/api/workspaces/members/route";
import { PUT as setSignup } from "@/app/api/settings/signup/route";
import { LOGIN_MAX_FAILURES } from "./login-throttle";
import { setSignupOpen } from "./signup-policy";
import { authRequest, sessionCookie, signUpTestUser } from "./test-session";

const ctx = { params: Promise.resolve({}) };
const asUser = (cookie: string, init: RequestInit = {}) => ({ ...init, headers: { cookie, "content-type": "application/json", ...(init.headers ?? {}) } });

describe(`accounts (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  afterEach(async () => {
    await setSignupOpen(true);
    delete process.env.DISTILLSCOPE_SIGNUP;
    delete process.env.DISTILLSCOPE_TRUST_PROXY;
  });

  it("stores sessions in the database, hashes passwords, and signs out", async () => {
    const user = await signUpTestUser("session");
    const db = await getDb();
    const account = await db.account.findFirst({ where: { userId: user.userId } });
    expect(account?.password).toBeTruthy();
    expect(account?.password).not.toContain(user.password);
    expect(await db.session.count({ where: { userId: user.userId } })).toBe(1);
    expect((await listCorpora(new Request("http://localhost:3000/api/corpora", asUser(user.cookie)), ctx)).status).toBe(200);
    const out = await authRequest("sign-out", {}, { cookie: user.cookie, origin: "http://localhost:3000" });
    expect(out.status).toBe(200);
    expect(await db.session.count({ where: { userId: user.userId } })).toBe(0);
    expect((await listCorpora(new Request("http://localhost:3000/api/corpora", asUser(user.cookie)), ctx)).status).toBe(401);
  });

  it("has exactly one admin; later users get a workspace of their own and are not admins", async () => {
    const first = await signUpTestUser("first");
    const second = await signUpTestUser("second");
    const db = await getDb();
    expect(await db.user.count({ where: { isAdmin: true } })).toBe(1);
    expect((await db.user.findUnique({ where: { id: second.userId } }))?.isAdmin).toBe(false);
    expect(second.workspaceId).not.toBe(first.workspaceId);
    expect(await listUserWorkspaces(second.userId)).toEqual([{ id: second.workspaceId, name: "second's workspace", role: "owner" }]);
  });

  it("throttles sign-in per email and IP after 5 failures, even for the right password", async () => {
    process.env.DISTILLSCOPE_TRUST_PROXY = "1";
    const user = await signUpTestUser("throttle");
    const ip = { "x-forwarded-for": "203.0.113.7" };
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      expect((await authRequest("sign-in/email", { email: user.email, password: "wrong-password" }, ip)).status).toBe(401);
    }
    const blocked = await authRequest("sign-in/email", { email: user.email, password: user.password }, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    // Another address is not blocked; a success there clears only its own count.
    const elsewhere = await authRequest("sign-in/email", { email: user.email, password: user.password }, { "x-forwarded-for": "198.51.100.1" });
    expect(elsewhere.status).toBe(200);
    expect(sessionCookie(elsewhere)).toContain("session_token=");
    expect((await authRequest("sign-in/email", { email: user.email, password: user.password }, ip)).status).toBe(429);
  });

  it("without a trusted proxy, a forged X-Forwarded-For does not escape the block", async () => {
    const user = await signUpTestUser("spoof");
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      expect((await authRequest("sign-in/email", { email: user.email, password: "wrong-password" }, { "x-forwarded-for": `198.51.100.${i}` })).status).toBe(401);
    }
    expect((await authRequest("sign-in/email", { email: user.email, password: user.password }, { "x-forwarded-for": "198.51.100.200" })).status).toBe(429);
  });

  it("four failures then a success resets the count", async () => {
    const user = await signUpTestUser("reset");
    const ip = { "x-forwarded-for": "203.0.113.8" };
    for (let i = 0; i < LOGIN_MAX_FAILURES - 1; i++) await authRequest("sign-in/email", { email: user.email, password: "nope-nope-nope" }, ip);
    expect((await authRequest("sign-in/email", { email: user.email, password: user.password }, ip)).status).toBe(200);
    for (let i = 0; i < LOGIN_MAX_FAILURES - 1; i++) await authRequest("sign-in/email", { email: user.email, password: "nope-nope-nope" }, ip);
    expect((await authRequest("sign-in/email", { email: user.email, password: user.password }, ip)).status).toBe(200);
  });

  it("closed sign-up refuses strangers but admits invited emails into the inviting workspace", async () => {
    const owner = await signUpTestUser("owner");
    const db = await getDb();
    const admin = await db.user.findFirst({ where: { isAdmin: true } });
    const nonAdmin = await setSignup(new Request("http://localhost:3000/api/settings/signup", asUser(owner.cookie, { method: "PUT", body: JSON.stringify({ open: false }) })), ctx);
    expect(admin?.id === owner.userId ? 200 : 403).toBe(nonAdmin.status);
    await setSignupOpen(false);
    const stranger = await authRequest("sign-up/email", { name: "s", email: "stranger@example.test", password: "long-enough-1" });
    expect(stranger.status).toBe(403);
    expect(await db.user.count({ where: { email: "stranger@example.test" } })).toBe(0);
    const invited = await addMember(new Request("http://localhost:3000/api/workspaces/members", asUser(owner.cookie, { method: "POST", body: JSON.stringify({ email: "Invited@Example.test", role: "viewer" }) })), ctx);
    expect(invited.status).toBe(201);
    const res = await authRequest("sign-up/email", { name: "inv", email: "invited@example.test", password: "long-enough-1" });
    expect(res.status).toBe(200);
    const { user } = (await res.json()) as { user: { id: string } };
    expect(await listUserWorkspaces(user.id)).toEqual([{ id: owner.workspaceId, name: expect.any(String), role: "viewer" }]);
  });

  it("DISTILLSCOPE_SIGNUP=closed closes sign-up whatever the setting says", async () => {
    await signUpTestUser("someone");
    process.env.DISTILLSCOPE_SIGNUP = "closed";
    expect((await authRequest("sign-up/email", { name: "e", email: "env-closed@example.test", password: "long-enough-1" })).status).toBe(403);
  });
});
