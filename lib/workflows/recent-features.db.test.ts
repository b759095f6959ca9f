import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSyntheticJsonl } from "@/bench/make-synthetic-jsonl";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { FEATURE_VERSION } from "@/lib/features/compute-features";
import type { AnalysisResult } from "@/lib/analysis/result-types";
import { ingestOptionsSchema } from "./ingest-options";
import { ingestNow } from "./ingest-upload";
import { computeCorpusFeatures, loadCurrentFeatures } from "./load-analysis-corpus";
import { forgetFeatures, keepRecentFeatures, recallFeatures } from "./recent-features";
import { encodedTermsOf } from "@/lib/features/term-list-bytes";
import { analyzeCorpora } from "./run-analysis";

const dir = mkdtempSync(path.join(tmpdir(), "recent-features-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const comparable = (r: AnalysisResult) => ({ ...r, createdAt: "", timings: {} });

// The kept fingerprints do not depend on the database: one run (SQLite) is enough.
describe.skipIf(process.env.DISTILLSCOPE_TEST_DB === "postgres")(`fingerprints kept in the worker's memory (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("an analysis from the kept fingerprints equals one from the stored ones, twice over (analyses do not change them)", async () => {
    const owner = { workspaceId: (await resolveOperatorWorkspace()).id };
    const corpora = [];
    for (const seed of [1, 2, 3]) {
      const file = path.join(dir, `recent-${seed}.jsonl`);
      await writeSyntheticJsonl(file, 60_000, seed);
      corpora.push((await ingestNow([{ path: file, name: `recent-${seed}.jsonl`, bytes: 60_000 }], ingestOptionsSchema.parse({ name: `recent ${seed}` }), owner)).corpora[0]);
    }
    keepRecentFeatures(true);
    const computed = [];
    for (const c of corpora) computed.push(await computeCorpusFeatures(c));
    expect(recallFeatures(corpora[0].id, FEATURE_VERSION)).toBe(computed[0]);
    expect(encodedTermsOf(computed[0].bigrams)).not.toBeNull(); // kept as a read from the database gives it
    const options = { bootstrap: 0 };
    const fromMemory = await analyzeCorpora(corpora.slice(0, 2), corpora.slice(2), options);
    const again = await analyzeCorpora(corpora.slice(0, 2), corpora.slice(2), options);
    keepRecentFeatures(false); // as in a process that is no job worker: read back from the database
    expect(recallFeatures(corpora[0].id, FEATURE_VERSION)).toBeNull();
    const fromStore = await analyzeCorpora(corpora.slice(0, 2), corpora.slice(2), options);
    keepRecentFeatures(true);
    expect(comparable(fromMemory)).toEqual(comparable(fromStore));
    expect(comparable(again)).toEqual(comparable(fromStore));
  });

  it("fingerprints read back from the database are kept too, for the next analysis of the same corpus", async () => {
    const owner = { workspaceId: (await resolveOperatorWorkspace()).id };
    const file = path.join(dir, "read-back.jsonl");
    await writeSyntheticJsonl(file, 40_000, 9);
    const [corpus] = (await ingestNow([{ path: file, name: "read-back.jsonl", bytes: 40_000 }], ingestOptionsSchema.parse({ name: "read back" }), owner)).corpora;
    await computeCorpusFeatures(corpus);
    keepRecentFeatures(true);
    forgetFeatures(corpus.id); // as in a worker that did not compute them itself
    const read = await loadCurrentFeatures(corpus);
    expect(read).not.toBeNull();
    expect(recallFeatures(corpus.id, FEATURE_VERSION)).toBe(read);
    expect(await loadCurrentFeatures(corpus)).toBe(read);
    keepRecentFeatures(false);
    const again = await loadCurrentFeatures(corpus);
    expect(again).not.toBe(read);
    expect(again).toEqual(read);
    keepRecentFeatures(true);
  });
});
