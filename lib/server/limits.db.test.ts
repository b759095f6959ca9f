import { afterEach, describe, expect, it } from "vitest";
import { POST as createIngest } from "@/app/api/ingests/route";
import { POST as createCorpus } from "@/app/api/corpora/route";
import { consumeRateLimit, countRateLimit } from "@/lib/db/accounts/rate-limit";
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

  // Issue 14, finding 3: on PostgreSQL, 20 concurrent uploads left the counter at 2 and 78 uploads were
  // accepted in an hour against a limit of 60.
  it("accepts exactly the hourly limit of concurrent uploads and counts every one", async () => {
    process.env.DISTILLSCOPE_UPLOADS_PER_HOUR = "60";
    const user = await signUpTestUser("burst");
    const post = () => createIngest(new Request("http://localhost:3000/api/ingests", { method: "POST", headers: { cookie: user.cookie } }), ctx);
    const statuses = (await Promise.all(Array.from({ length: 78 }, post))).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(60);
    expect(statuses.filter((s) => s === 429)).toHaveLength(18);
    expect(await countRateLimit(`upload:${user.userId}`)).toBe(78);
  });

  it("keeps an exact count under 200 concurrent hits on one key", async () => {
    const key = `test:${Date.now()}`;
    const states = await Promise.all(Array.from({ length: 200 }, () => consumeRateLimit(key, { points: 150, durationMs: 60_000 })));
    expect(states.filter((s) => s.allowed)).toHaveLength(150);
    expect(await countRateLimit(key)).toBe(200);
    const refused = states.find((s) => !s.allowed)!;
    expect(refused.retryAfterMs).toBeGreaterThan(50_000);
  });
});
