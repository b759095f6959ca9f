import { afterEach, describe, expect, it } from "vitest";
import { countRateLimit } from "@/lib/db/accounts/rate-limit";
import { handleAuthRequest } from "./auth-handler";
import { LOGIN_MAX_FAILURES, loginKey } from "./login-throttle";
import { authRequest, signUpTestUser } from "./test-session";

// Issue 14, findings 1 and 2: the sign-in throttle must hold whatever the body encoding, and under
// parallel guesses, with every attempt counted exactly (PostgreSQL lost updates before).

const signIn = (body: BodyInit, contentType: string | null, headers: Record<string, string> = {}) =>
  handleAuthRequest(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { ...(contentType ? { "content-type": contentType } : {}), ...headers },
      body,
    }),
  );

const hasSession = (res: Response) => res.headers.getSetCookie().some((c) => c.includes("session_token="));

describe(`sign-in throttle (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  afterEach(() => {
    delete process.env.DISTILLSCOPE_TRUST_PROXY;
  });

  it("gives no session to a form-encoded or multipart sign-in, even with the right password while the email is blocked", async () => {
    const user = await signUpTestUser("form");
    const form = (password: string) => new URLSearchParams({ email: user.email, password }).toString();
    // 30 form-encoded wrong guesses in a row: none may be answered as a password check.
    for (let i = 0; i < 30; i++) {
      const res = await signIn(form(`wrong-${i}-password`), "application/x-www-form-urlencoded");
      expect(res.status).not.toBe(200);
      expect(res.status).not.toBe(401);
    }
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      expect((await authRequest("sign-in/email", { email: user.email, password: "wrong-password-x" })).status).toBe(401);
    }
    const formRight = await signIn(form(user.password), "application/x-www-form-urlencoded");
    expect(formRight.status).not.toBe(200);
    expect(hasSession(formRight)).toBe(false);
    const multipart = new FormData();
    multipart.set("email", user.email);
    multipart.set("password", user.password);
    const multipartRight = await signIn(multipart, null);
    expect(multipartRight.status).not.toBe(200);
    expect(hasSession(multipartRight)).toBe(false);
    const jsonRight = await authRequest("sign-in/email", { email: user.email, password: user.password });
    expect(jsonRight.status).toBe(429);
    expect(hasSession(jsonRight)).toBe(false);
  });

  it("answers a form-encoded body with 415 and a message saying to send JSON", async () => {
    const res = await signIn("email=a%40example.test&password=whatever-long", "application/x-www-form-urlencoded");
    expect(res.status).toBe(415);
    expect(((await res.json()) as { message: string }).message).toMatch(/JSON/);
  });

  it("lets at most 5 of 100 parallel wrong guesses reach the password check; the rest get 429", async () => {
    const user = await signUpTestUser("parallel");
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => authRequest("sign-in/email", { email: user.email, password: `parallel-guess-${i}` })),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LOGIN_MAX_FAILURES);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(100 - LOGIN_MAX_FAILURES);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const refused = answers.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Still blocked for the right password afterwards.
    expect((await authRequest("sign-in/email", { email: user.email, password: user.password })).status).toBe(429);
  });

  it("counts every one of 40 parallel attempts (no lost updates)", async () => {
    process.env.DISTILLSCOPE_TRUST_PROXY = "1";
    const user = await signUpTestUser("count");
    const ip = "203.0.113.40";
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => authRequest("sign-in/email", { email: user.email, password: `count-guess-${i}` }, { "x-forwarded-for": ip })),
    );
    expect(await countRateLimit(loginKey(user.email, ip))).toBe(40);
  });
});
