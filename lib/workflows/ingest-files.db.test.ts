import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { getDb } from "@/lib/db/client";
import { getIngest } from "@/lib/db/ingests/ingest-queries";
import { ingestOptionsSchema } from "./ingest-options";
import { ingestNow } from "./ingest-upload";

const fixtures = path.resolve(__dirname, "../../test/fixtures/ingest");
const file = (name: string) => ({ path: path.join(fixtures, name), name, bytes: readFileSync(path.join(fixtures, name)).length });
const options = (o: Record<string, unknown> = {}) => ingestOptionsSchema.parse(o);

describe(`ingest into the database (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  let owner: { workspaceId: string };
  beforeAll(async () => {
    owner = { workspaceId: (await resolveOperatorWorkspace()).id };
  });

  it("stores records verbatim with prompts, ids and counts", async () => {
    const result = await ingestNow([file("records.jsonl")], options({ name: "verbatim-check" }), owner);
    expect(result.corpora).toHaveLength(1);
    const corpus = result.corpora[0];
    const db = await getDb();
    const docs = await db.document.findMany({ where: { corpusId: corpus.id }, orderBy: { ordinal: "asc" } });
    expect(docs.map((d) => d.ordinal)).toEqual(docs.map((_, i) => i));
    const paris = docs.find((d) => d.promptId === "q2");
    expect(paris?.text).toBe("Paris — of course. Café ☕");
    expect(paris?.prompt).toBe("Capital of France?");
    expect(corpus.documentCount).toBe(docs.length);
    expect(corpus.charCount).toBe(docs.reduce((s, d) => s + d.text.length, 0));
    expect(corpus.status).toBe("ready");
  });

  it("splits a multi-model file into one corpus per model", async () => {
    const result = await ingestNow([file("lmsys.jsonl")], options({ splitByModel: true, name: "arena" }), owner);
    expect(result.corpora.map((c) => c.model).sort()).toEqual(["koala-13b", "vicuna-13b"]);
    expect(result.corpora.map((c) => c.name).sort()).toEqual(["arena · koala-13b", "arena · vicuna-13b"]);
  });

  it("leaves nothing behind when a file is bad, and never touches existing corpora", async () => {
    const db = await getDb();
    const kept = await ingestNow([file("records.jsonl")], options({ name: "must-survive" }), owner);
    const before = await db.corpus.count();
    const docsBefore = await db.document.count();
    await expect(ingestNow([file("records.jsonl"), file("malformed.jsonl")], options({ name: "doomed" }), owner)).rejects.toMatchObject({ code: "malformed-json" });
    expect(await db.corpus.count()).toBe(before);
    expect(await db.document.count()).toBe(docsBefore);
    expect(await db.corpus.findUnique({ where: { id: kept.corpora[0].id } })).toMatchObject({ status: "ready" });
    const failed = await db.ingest.findFirst({ where: { status: "failed" }, orderBy: { createdAt: "desc" } });
    const report = await getIngest(owner.workspaceId, failed!.id);
    expect(report?.error).toMatchObject({ code: "malformed-json", file: "malformed.jsonl" });
    expect((report?.error as { lines: number[] }).lines.length).toBeGreaterThan(0);
  });

  it("skips bad records only when asked, and reports each one", async () => {
    const result = await ingestNow([file("malformed.jsonl")], options({ name: "skipping", skipBadRecords: true }), owner);
    expect(result.skipped.length).toBeGreaterThan(0);
    expect(result.skipped[0]).toMatchObject({ file: "malformed.jsonl", code: "malformed-json" });
    const lines = readFileSync(path.join(fixtures, "malformed.jsonl"), "utf8").split("\n").filter((l) => l.trim());
    expect(result.corpora[0].documentCount + result.skipped.length).toBe(lines.length);
  });

  it("rejects an empty file with a specific error", async () => {
    await expect(ingestNow([file("empty.jsonl")], options(), owner)).rejects.toMatchObject({ code: "empty-file" });
  });
});
