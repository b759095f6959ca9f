import { afterEach, describe, expect, it } from "vitest";
import { POST as createIngest } from "@/app/api/ingests/route";
import { POST as createCorpus } from "@/app/api/corpora/route";
import { hitRateLimit } from "@/lib/db/accounts/rate-limit";
import { signUpTestUser } from "./auth/test-session";

const ctx = { params: Promise.resolve({}) };

describe(`per-user limits (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  afterEach(() => {
    delete process.env.DISTILLSCOPE_UPLOADS_PER_HOUR;
    delete process.env.DISTILLSCOPE_UPLOAD_BYTES_PER_DAY;
  });

  it("refuses the upload over the hourly limit with 429 and Retry-After, per user", async () => {
    process.env.DISTILLSCOPE_UPLOADS_PER_HOUR = "2";
    const user = await signUpTestUser("limited");
    const other = await signUpTestUser("unlimited");
    const post = (cookie: string) => createIngest(new Request("http://localhost:3000/api/ingests", { method: "POST", headers: { cookie } }), ctx);
    expect((await post(user.cookie)).status).toBe(201);
    expect((await post(user.cookie)).status).toBe(201);
    const refused = await post(user.cookie);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3500);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("rate-limited");
    expect((await post(other.cookie)).status).toBe(201);
  });

  it("refuses an upload past the daily byte quota with 413", async () => {
    process.env.DISTILLSCOPE_UPLOAD_BYTES_PER_DAY = "100";
    const user = await signUpTestUser("quota");
    const body = `${'{"output":"0123456789 0123456789"}\n'.repeat(5)}`; // 180 bytes
    const res = await createCorpus(new Request("http://localhost:3000/api/corpora?filename=q.jsonl", { method: "POST", headers: { cookie: user.cookie, "content-length": String(body.length) }, body }), ctx);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("upload-quota");
  });

  it("counts in fixed windows that start again after the window", async () => {
    const key = `test:${Date.now()}`;
    const t0 = new Date("2026-01-01T00:00:00Z");
    expect((await hitRateLimit(key, 2, 60_000, t0)).allowed).toBe(true);
    expect((await hitRateLimit(key, 2, 60_000, new Date(t0.getTime() + 1000))).allowed).toBe(true);
    expect(await hitRateLimit(key, 2, 60_000, new Date(t0.getTime() + 2000))).toEqual({ allowed: false, retryAfterMs: 58_000 });
    expect((await hitRateLimit(key, 2, 60_000, new Date(t0.getTime() + 60_000))).allowed).toBe(true);
  });
});
