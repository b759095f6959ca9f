import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { handleAuthRequest } from "./auth-handler";
import { setSignupOpen } from "./signup-policy";
import { authRequest, sessionCookie, signUpTestUser } from "./test-session";

// Issue 14, findings 5, 6 and 9: the session cookie's Secure flag, better-auth routes behind the CSRF
// guard, the password policy, and a sign-up that does not tell strangers which emails have accounts.

const email = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.test`;
const sessionSetCookie = (res: Response) => res.headers.getSetCookie().find((c) => c.includes("session_token=")) ?? "";

describe(`account hardening (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  afterEach(async () => {
    delete process.env.DISTILLSCOPE_PUBLIC_URL;
    delete process.env.DISTILLSCOPE_TRUST_PROXY;
    await setSignupOpen(true);
  });

  describe("password policy", () => {
    it.each(["password", "12345678", "qwertyuiop", "Password1234"])("refuses %j with a message saying why", async (password) => {
      const address = email("weak");
      const res = await authRequest("sign-up/email", { name: "weak", email: address, password });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(/at least 10 characters|commonly used passwords/);
      expect(await (await getDb()).user.count({ where: { email: address } })).toBe(0);
    });

    it("accepts a long uncommon password, and applies the same rule to a password change", async () => {
      const user = await signUpTestUser("strong");
      const change = (newPassword: string) =>
        authRequest("change-password", { currentPassword: user.password, newPassword }, { cookie: user.cookie, origin: "http://localhost:3000" });
      const weak = await change("iloveyou123");
      expect(weak.status).toBe(400);
      expect(((await weak.json()) as { message: string }).message).toMatch(/commonly used/);
      expect((await change("violet staple horizon 42")).status).toBe(200);
    });
  });

  describe("sign-up does not reveal which emails have accounts", () => {
    it("answers a taken email exactly as a new one: same status, same body shape, no session either way", async () => {
      const taken = await signUpTestUser("taken");
      const fresh = await authRequest("sign-up/email", { name: "x", email: email("fresh"), password: "a perfectly fine password" });
      const again = await authRequest("sign-up/email", { name: "x", email: taken.email, password: "a perfectly fine password" });
      expect(again.status).toBe(fresh.status);
      expect(again.status).toBe(200);
      const shape = (body: unknown) => JSON.stringify(body, (key, value) => (typeof value === "string" || typeof value === "boolean" ? typeof value : value));
      const [freshBody, againBody] = [(await fresh.json()) as { user: { email: string } }, (await again.json()) as { user: { email: string } }];
      expect(shape(againBody)).toBe(shape(freshBody));
      expect(againBody.user.email).toBe(taken.email);
      expect(sessionSetCookie(fresh)).toBe("");
      expect(sessionSetCookie(again)).toBe("");
      // The taken account keeps its password; the stranger's does not sign in.
      expect((await authRequest("sign-in/email", { email: taken.email, password: "a perfectly fine password" })).status).toBe(401);
      expect((await authRequest("sign-in/email", { email: taken.email, password: taken.password })).status).toBe(200);
    });

    it("with sign-up closed, refuses a taken email and a new one with the same answer", async () => {
      const taken = await signUpTestUser("closed-taken");
      await setSignupOpen(false);
      const fresh = await authRequest("sign-up/email", { name: "x", email: email("closed-fresh"), password: "a perfectly fine password" });
      const again = await authRequest("sign-up/email", { name: "x", email: taken.email, password: "a perfectly fine password" });
      expect(fresh.status).toBe(403);
      expect(again.status).toBe(403);
      expect(await again.json()).toEqual(await fresh.json());
    });
  });

  describe("the session cookie is Secure exactly when the public origin is https", () => {
    const signInCookie = async (headers: Record<string, string> = {}) => {
      const user = await signUpTestUser("cookie");
      const res = await authRequest("sign-in/email", { email: user.email, password: user.password }, headers);
      expect(res.status).toBe(200);
      return sessionSetCookie(res);
    };

    it("plain http on a host name: no Secure, no __Secure- prefix", async () => {
      process.env.DISTILLSCOPE_PUBLIC_URL = "http://distillscope.example.org";
      const cookie = await signInCookie();
      expect(cookie).toMatch(/^distillscope\.session_token=/);
      expect(cookie).not.toMatch(/;\s*Secure/i);
    });

    it("https public URL: __Secure- prefix and Secure, and that cookie signs requests in", async () => {
      process.env.DISTILLSCOPE_PUBLIC_URL = "https://distillscope.example.org";
      const user = await signUpTestUser("secure");
      const res = await authRequest("sign-in/email", { email: user.email, password: user.password });
      const cookie = sessionSetCookie(res);
      expect(cookie).toMatch(/^__Secure-distillscope\.session_token=/);
      expect(cookie).toMatch(/;\s*Secure/i);
      const session = await handleAuthRequest(new Request("https://distillscope.example.org/api/auth/get-session", { headers: { cookie: sessionCookie(res) } }));
      expect(((await session.json()) as { user: { id: string } }).user.id).toBe(user.userId);
    });

    it("behind a trusted proxy, X-Forwarded-Proto: https decides; without the trust it does not", async () => {
      expect(await signInCookie({ "x-forwarded-proto": "https" })).not.toMatch(/;\s*Secure/i);
      process.env.DISTILLSCOPE_TRUST_PROXY = "1";
      expect(await signInCookie({ "x-forwarded-proto": "https" })).toMatch(/;\s*Secure/i);
    });
  });

  describe("better-auth routes are behind the CSRF guard", () => {
    it("refuses update-user and sign-out from a foreign Origin, and changes nothing", async () => {
      const user = await signUpTestUser("csrf");
      const evil = { cookie: user.cookie, origin: "https://evil.example" };
      const update = await authRequest("update-user", { name: "pwned" }, evil);
      expect(update.status).toBe(403);
      const out = await authRequest("sign-out", {}, evil);
      expect(out.status).toBe(403);
      const db = await getDb();
      expect((await db.user.findUnique({ where: { id: user.userId } }))?.name).toBe("csrf");
      expect(await db.session.count({ where: { userId: user.userId } })).toBeGreaterThan(0);
      const crossSite: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { origin: "null" }, { "sec-fetch-site": "same-site", origin: "https://sub.localhost:3000" }];
      for (const headers of crossSite) {
        expect((await authRequest("update-user", { name: "pwned" }, { cookie: user.cookie, ...headers })).status, JSON.stringify(headers)).toBe(403);
      }
      // The same calls from the app's own origin work.
      const own = { cookie: user.cookie, origin: "http://localhost:3000" };
      expect((await authRequest("update-user", { name: "renamed" }, own)).status).toBe(200);
      expect((await db.user.findUnique({ where: { id: user.userId } }))?.name).toBe("renamed");
    });

    it("refuses a cross-site sign-in and sign-up too (login CSRF)", async () => {
      const user = await signUpTestUser("login-csrf");
      const signIn = await authRequest("sign-in/email", { email: user.email, password: user.password }, { origin: "https://evil.example" });
      expect(signIn.status).toBe(403);
      expect(sessionSetCookie(signIn)).toBe("");
      const signUp = await authRequest("sign-up/email", { name: "x", email: email("csrf-new"), password: "a perfectly fine password" }, { "sec-fetch-site": "cross-site" });
      expect(signUp.status).toBe(403);
    });

    it("trusts a client-sent X-Forwarded-Host only with DISTILLSCOPE_TRUST_PROXY", async () => {
      const user = await signUpTestUser("xfh");
      const forged = { cookie: user.cookie, origin: "https://evil.example", "x-forwarded-host": "evil.example" };
      expect((await authRequest("update-user", { name: "pwned" }, forged)).status).toBe(403);
    });
  });
});
