import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSyntheticJsonl } from "@/bench/make-synthetic-jsonl";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { getDb } from "@/lib/db/client";
import { deleteCorpus } from "@/lib/db/corpora/delete-corpus";
import { ingestOptionsSchema } from "./ingest-options";
import { ingestNow } from "./ingest-upload";
import { FEATURE_VERSION } from "@/lib/features/compute-features";
import { recallFeatures } from "./recent-features";
import { fingerprintCorpus } from "./run-fingerprint-job";

const dir = mkdtempSync(path.join(tmpdir(), "fingerprint-job-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ingestSynthetic(name: string, seed: number) {
  const owner = { workspaceId: (await resolveOperatorWorkspace()).id };
  const file = path.join(dir, `${name}.jsonl`);
  await writeSyntheticJsonl(file, 20_000, seed);
  return { owner, corpus: (await ingestNow([{ path: file, name: `${name}.jsonl`, bytes: 20_000 }], ingestOptionsSchema.parse({ name }), owner)).corpora[0] };
}

async function storedRows(corpusId: string) {
  const db = await getDb();
  return { features: await db.corpusFeatures.count({ where: { corpusId } }), identity: await db.corpusIdentity.count({ where: { corpusId } }) };
}

describe(`the fingerprint job (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("stores the fingerprint and the identity statements of a corpus", async () => {
    const { corpus } = await ingestSynthetic("fingerprinted", 21);
    const log: string[] = [];
    await fingerprintCorpus(corpus, { log: (line) => log.push(line) });
    expect(log).toEqual([expect.stringMatching(new RegExp(`^corpus ${corpus.id}: fingerprinted in \\d+ ms$`))]);
    expect(await storedRows(corpus.id)).toEqual({ features: 1, identity: 1 });
  });

  it("ends quietly, with nothing of it stored, when its corpus was deleted while it ran", async () => {
    const { owner, corpus } = await ingestSynthetic("deleted meanwhile", 22);
    expect(await deleteCorpus(owner.workspaceId, corpus.id)).toBe(true); // after the job read it, before it wrote
    const log: string[] = [];
    await fingerprintCorpus(corpus, { log: (line) => log.push(line) });
    expect(log).toEqual([`corpus ${corpus.id}: deleted while it was fingerprinted`]);
    expect(await storedRows(corpus.id)).toEqual({ features: 0, identity: 0 });
    expect(recallFeatures(corpus.id, FEATURE_VERSION)).toBeNull();
  });
});
