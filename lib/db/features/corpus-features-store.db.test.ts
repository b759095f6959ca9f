import path from "node:path";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { getDb } from "@/lib/db/client";
import { deleteCorpus } from "@/lib/db/corpora/delete-corpus";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";
import { ingestNow } from "@/lib/workflows/ingest-upload";
import { loadStoredFeatures, storeFeatures } from "./corpus-features-store";

const fixture = path.resolve(__dirname, "../../../test/fixtures/ingest/records.jsonl");

describe(`feature blobs through the driver (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  let corpusId: string;
  let workspaceId: string;
  beforeAll(async () => {
    workspaceId = (await resolveOperatorWorkspace()).id;
    const { corpora } = await ingestNow(
      [{ path: fixture, name: "records.jsonl", bytes: readFileSync(fixture).length }],
      ingestOptionsSchema.parse({ name: "features-blob" }),
      { workspaceId },
    );
    corpusId = corpora[0].id;
  });

  it("round-trips every byte, replaces on a second store, and reads as null for another version", async () => {
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256);
    await storeFeatures(corpusId, 3, bytes);
    expect(await loadStoredFeatures(corpusId, 3)).toEqual(bytes);
    expect(await loadStoredFeatures(corpusId, 4)).toBeNull();

    const replaced = Uint8Array.from([1, 2, 3]);
    await storeFeatures(corpusId, 4, replaced);
    expect(await loadStoredFeatures(corpusId, 4)).toEqual(replaced);
    expect(await loadStoredFeatures(corpusId, 3)).toBeNull();
  });

  it("reads an id with quotes and backslashes as an id, not as SQL", async () => {
    expect(await loadStoredFeatures(`${corpusId}' OR '1'='1`, 4)).toBeNull();
    expect(await loadStoredFeatures(`x\\'); SELECT 1; --`, 4)).toBeNull();
    expect(await loadStoredFeatures(corpusId, 4)).toEqual(Uint8Array.from([1, 2, 3]));
  });

  it("writes rows Prisma reads back, and they go with their corpus", async () => {
    const db = await getDb();
    const row = await db.corpusFeatures.findUnique({ where: { corpusId } });
    expect(row?.version).toBe(4);
    expect(row?.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(Date.now() - row!.createdAt.getTime())).toBeLessThan(60_000);
    await deleteCorpus(workspaceId, corpusId);
    expect(await loadStoredFeatures(corpusId, 4)).toBeNull();
  });
});
