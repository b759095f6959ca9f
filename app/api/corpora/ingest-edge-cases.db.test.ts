import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { signUpTestUser, type TestUser } from "@/lib/server/auth/test-session";
import { callRoute } from "@/test/support/call-route";

// Issue 14, finding 8, through POST /api/corpora (the raw body, as curl sends it) on both databases.

const post = (user: TestUser, filename: string, body: Buffer | string) =>
  callRoute({ method: "POST", path: `/api/corpora?filename=${filename}`, body: typeof body === "string" ? body : new Uint8Array(body), headers: { "content-type": "application/octet-stream" } }, { cookie: user.cookie });

type ErrorBody = { error: { code: string; message: string; file: string; lines: number[] } };

describe(`ingest edge cases over HTTP (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await signUpTestUser("edges");
  });

  it("accepts a valid JSONL whose one record is 50 MB", async () => {
    const text = "word ".repeat(10 * 1024 * 1024);
    const res = await post(user, "one-big-record.jsonl", `{"output":"${text}"}\n`);
    expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(201);
    const { corpora } = (await res.json()) as { corpora: { id: string; documentCount: number }[] };
    expect(corpora[0].documentCount).toBe(1);
    const stored = await (await getDb()).document.findFirst({ where: { corpusId: corpora[0].id }, select: { text: true } });
    expect(stored?.text.length).toBe(text.length);
  }, 120_000);

  it("refuses a numeric output with 422, naming the file and the line", async () => {
    const res = await post(user, "scores.jsonl", '{"output":"a real answer"}\n{"output":7}\n');
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe("no-response-field");
    expect(error.file).toBe("scores.jsonl");
    expect(error.lines).toEqual([2]);
    expect(error.message).toMatch(/^scores\.jsonl: .*"output" field holding a number \(7\), not text.*line 2/);
    expect(await (await getDb()).corpus.count({ where: { workspaceId: user.workspaceId, name: { contains: "scores" } } })).toBe(0);
  });

  it("refuses a gzip bomb with a specific error and stores nothing", async () => {
    const lines = Array.from({ length: 1000 }, () => `{"output":"${"a".repeat(2000)} ${randomBytes(2).toString("hex")}"}\n`).join("");
    const gz = gzipSync(Buffer.concat(Array.from({ length: 60 }, () => Buffer.from(lines))));
    const before = await (await getDb()).corpus.count({ where: { workspaceId: user.workspaceId } });
    const res = await post(user, "bomb.jsonl.gz", gz);
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toMatch(/bomb\.jsonl\.gz looks like a zip bomb/);
    expect(await (await getDb()).corpus.count({ where: { workspaceId: user.workspaceId } })).toBe(before);
  }, 120_000);
});
