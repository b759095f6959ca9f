import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { zipSync, strToU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { signUpTestUser } from "@/lib/server/auth/test-session";
import { GET as listRoute, POST as createRoute } from "./route";
import { DELETE as deleteRoute, GET as getRoute } from "./[id]/route";
import { GET as documentsRoute } from "./[id]/documents/route";

const fixtures = path.resolve(__dirname, "../../../test/fixtures/ingest");
let cookie = "";
/** A request from a signed-in user (the session cookie of a user made in beforeAll). */
const req = (url: string, init: RequestInit = {}) => new Request(url, { ...init, headers: { cookie } });
const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const raw = (query: string, body: BodyInit) => createRoute(req(`http://test/api/corpora?${query}`, { method: "POST", body }), ctx());

function multipart(files: { name: string; bytes: Uint8Array | string }[], fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const f of files) form.append("file", new Blob([typeof f.bytes === "string" ? f.bytes : new Uint8Array(f.bytes)]), f.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return createRoute(req("http://test/api/corpora", { method: "POST", body: form }), ctx());
}

describe(`POST /api/corpora (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  beforeAll(async () => {
    cookie = (await signUpTestUser("corpora-api")).cookie;
  });

  it("ingests a raw body named by the query string and returns 201 with the corpus", async () => {
    const res = await raw("filename=records.jsonl&name=raw-api&model=m-raw", readFileSync(path.join(fixtures, "records.jsonl")));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.corpora[0]).toMatchObject({ name: "raw-api", model: "m-raw", status: "ready" });
    const id = body.corpora[0].id as string;
    const got = await (await getRoute(req(`http://test/api/corpora/${id}`), ctx({ id }))).json();
    expect(got.corpus.documentCount).toBe(body.corpora[0].documentCount);
    const docs = await (await documentsRoute(req(`http://test/api/corpora/${id}/documents?q=paris`), ctx({ id }))).json();
    expect(docs.total).toBe(1);
    expect(docs.documents[0].text).toContain("Paris");
  });

  it("ingests several multipart files, a zip and a gzip, into one corpus", async () => {
    const jsonl = readFileSync(path.join(fixtures, "records.jsonl"));
    const zip = zipSync({ "inner/answers.jsonl": new Uint8Array(jsonl) });
    const gz = gzipSync(strToU8('{"output":"from gzip"}\n'));
    const res = await multipart([{ name: "a.zip", bytes: zip }, { name: "b.jsonl.gz", bytes: gz }], { name: "bundle" });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.corpora).toHaveLength(1);
    const listed = await (await listRoute(req("http://test/api/corpora?search=bundle"), ctx())).json();
    expect(listed.corpora.map((c: { id: string }) => c.id)).toContain(body.corpora[0].id);
  });

  it("answers malformed JSON lines with 422, the line numbers and the count", async () => {
    const res = await raw("filename=malformed.jsonl", readFileSync(path.join(fixtures, "malformed.jsonl")));
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe("malformed-json");
    expect(error.file).toBe("malformed.jsonl");
    expect(error.lines.length).toBeGreaterThan(0);
    expect(error.count).toBeGreaterThanOrEqual(error.lines.length);
  });

  it.each([
    ["empty.jsonl", "empty-file"],
    ["no-response.jsonl", "no-response-field"],
    ["unknown.dat", "unknown-format"],
  ])("rejects %s with %s", async (name, code) => {
    const res = await raw(`filename=${name}`, readFileSync(path.join(fixtures, name)));
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe(code);
  });

  it("rejects binary content", async () => {
    const res = await raw("filename=blob.jsonl", new Uint8Array([0x7b, 0, 1, 2, 0xff, 0xfe, 0, 0, 9, 0]));
    expect(res.status).toBe(422);
    expect(["binary-file", "not-utf8"]).toContain((await res.json()).error.code);
  });

  it("rejects a zip entry that reaches outside the archive", async () => {
    const zip = zipSync({ "../../evil.jsonl": strToU8('{"output":"x"}\n') });
    const res = await multipart([{ name: "evil.zip", bytes: zip }]);
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe("path-traversal");
  });

  it("rejects a file over the size limit with 413", async () => {
    process.env.DISTILLSCOPE_MAX_FILE_BYTES = "64";
    try {
      const res = await raw("filename=big.jsonl", `${'{"output":"0123456789"}\n'.repeat(10)}`);
      expect(res.status).toBe(413);
      expect((await res.json()).error.code).toBe("file-too-large");
    } finally {
      delete process.env.DISTILLSCOPE_MAX_FILE_BYTES;
    }
  });

  it("deletes a corpus, then 404s", async () => {
    const body = await (await raw("filename=records.jsonl&name=to-delete", readFileSync(path.join(fixtures, "records.jsonl")))).json();
    const id = body.corpora[0].id as string;
    expect((await deleteRoute(req(`http://test/api/corpora/${id}`, { method: "DELETE" }), ctx({ id }))).status).toBe(204);
    expect((await getRoute(req(`http://test/api/corpora/${id}`), ctx({ id }))).status).toBe(404);
  });
});
