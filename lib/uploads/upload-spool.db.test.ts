import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createId } from "@/lib/ids";
import { getDb } from "@/lib/db/client";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { deleteCorpus } from "@/lib/db/corpora/delete-corpus";
import { loadStoredFeatures } from "@/lib/db/features/corpus-features-store";
import { createIngest } from "@/lib/db/ingests/ingest-queries";
import { hasUploadChunks } from "@/lib/db/ingests/upload-chunks";
import { sweepExpiredSpools } from "@/lib/db/ingests/sweep-spools";
import { FEATURE_VERSION } from "@/lib/features/compute-features";
import { getJobForSubject } from "@/lib/db/jobs/job-queries";
import { callRoute } from "@/test/support/call-route";
import { signUpTestUser } from "@/lib/server/auth/test-session";
import { copySpoolToDisk, deleteSpool, listSpooledFiles, SPOOL_CHUNK_BYTES, spoolFile } from "./upload-spool";

describe(`upload spool in the database (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("stores a file as ordered chunks, gives it back byte for byte, refuses a second file of the same name", async () => {
    const workspaceId = (await resolveOperatorWorkspace()).id;
    const ingestId = createId("ing");
    await createIngest({ workspaceId }, ingestId, null);
    const spool = { ingestId, dir: null };
    const bytes = randomBytes(Math.floor(SPOOL_CHUNK_BYTES * 2.5));
    // Small pieces, as a network stream delivers them.
    const pieces = Array.from({ length: Math.ceil(bytes.length / 65_536) }, (_, i) => bytes.subarray(i * 65_536, (i + 1) * 65_536));
    expect(await spoolFile(spool, "big.bin", Readable.from(pieces))).toEqual({ name: "big.bin", bytes: bytes.length });
    await spoolFile(spool, "empty.jsonl", Readable.from([]));
    expect(await listSpooledFiles(spool)).toEqual([{ name: "big.bin", bytes: bytes.length }, { name: "empty.jsonl", bytes: 0 }]);
    const db = await getDb();
    expect(await db.uploadChunk.count({ where: { ingestId, fileName: "big.bin" } })).toBe(3);
    await expect(spoolFile(spool, "big.bin", Readable.from([Buffer.from("again")]))).rejects.toMatchObject({ fileName: "big.bin" });
    await expect(spoolFile(spool, "../escape.jsonl", Readable.from([Buffer.from("x")]))).rejects.toMatchObject({ code: "path-traversal" });

    const copy = await copySpoolToDisk(spool);
    expect(copy.files.map((f) => f.name)).toEqual(["big.bin", "empty.jsonl"]);
    expect(readFileSync(copy.files[0].path).equals(bytes)).toBe(true);
    await copy.release();
    await deleteSpool(spool);
    expect(await hasUploadChunks(ingestId)).toBe(false);
  });

  it("deleting a corpus deletes its fingerprint and what is left of its spool", async () => {
    const user = await signUpTestUser("spool-delete");
    const body = Array.from({ length: 40 }, (_, i) => JSON.stringify({ output: `Answer number ${i} says something plain about topic ${i}.` })).join("\n");
    const res = await callRoute({ method: "POST", path: "/api/corpora?filename=spooled.jsonl&name=spooled", body, headers: { "content-type": "application/octet-stream" } }, { cookie: user.cookie });
    expect(res.status).toBe(201);
    const { corpora, ingestId } = (await res.json()) as { corpora: { id: string }[]; ingestId: string };
    expect(await hasUploadChunks(ingestId)).toBe(false); // the ingest removed its spool
    const corpusId = corpora[0].id;
    // The fingerprint queued by the ingest, computed by this file's worker (test/setup/start-test-worker.ts).
    for (let i = 0; i < 600 && (await getJobForSubject("fingerprint", corpusId))?.status !== "done"; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await loadStoredFeatures(corpusId, FEATURE_VERSION)).not.toBeNull();
    // A spool chunk of this ingest (as a crash between the last write and the spool's removal would leave).
    const db = await getDb();
    await db.uploadChunk.create({ data: { ingestId, fileName: "left.jsonl", seq: 0, data: Buffer.from("x") } });
    expect(await deleteCorpus(user.workspaceId, corpusId)).toBe(true);
    expect(await loadStoredFeatures(corpusId, FEATURE_VERSION)).toBeNull();
    expect(await hasUploadChunks(ingestId)).toBe(false);
  });

  it("a failed ingest removes its spool and partial rows as it fails; committing it again asks for a new upload", async () => {
    const user = await signUpTestUser("spool-failed");
    const created = await callRoute({ method: "POST", path: "/api/ingests" }, { cookie: user.cookie });
    const { id } = (await created.json()) as { id: string };
    // 30 good records, then a broken line: the ingest has created its corpus when it fails.
    const good = Array.from({ length: 30 }, (_, i) => JSON.stringify({ output: `Answer ${i} about topic ${i}.` }));
    const body = [...good, "{not json"].join("\n");
    const put = await callRoute({ method: "PUT", path: `/api/ingests/${id}/files?name=broken.jsonl`, body, headers: { "content-type": "application/octet-stream" } }, { cookie: user.cookie });
    expect(put.status).toBeLessThan(300);
    expect(await hasUploadChunks(id)).toBe(true);
    const commit = await callRoute({ method: "POST", path: `/api/ingests/${id}/commit`, body: JSON.stringify({ name: "broken" }), headers: { "content-type": "application/json" } }, { cookie: user.cookie });
    expect(commit.status).toBe(202);
    // The test worker (test/setup/start-test-worker.ts) runs the ingest.
    for (let i = 0; i < 600 && (await getJobForSubject("ingest", id))?.status !== "done"; i++) await new Promise((r) => setTimeout(r, 50));
    const db = await getDb();
    const ingest = await db.ingest.findUnique({ where: { id } });
    expect(ingest?.status).toBe("failed");
    expect(JSON.parse(ingest!.error!)).toMatchObject({ file: "broken.jsonl" });
    expect(await hasUploadChunks(id)).toBe(false);
    expect(await db.corpus.count({ where: { ingestId: id } })).toBe(0);
    const again = await callRoute({ method: "POST", path: `/api/ingests/${id}/commit`, body: JSON.stringify({ name: "broken", skipBadRecords: true }), headers: { "content-type": "application/json" } }, { cookie: user.cookie });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe("files-gone");
  });

  it("the sweep removes what a crash left of a failed ingest's spool at once", async () => {
    const workspaceId = (await resolveOperatorWorkspace()).id;
    const ingestId = createId("ing");
    await createIngest({ workspaceId }, ingestId, null);
    await spoolFile({ ingestId, dir: null }, "left.jsonl", Readable.from([Buffer.from('{"output":"x"}\n')]));
    await (await getDb()).ingest.update({ where: { id: ingestId }, data: { status: "failed" } });
    expect(await sweepExpiredSpools()).toBeGreaterThanOrEqual(1);
    expect(await hasUploadChunks(ingestId)).toBe(false);
  });
});
