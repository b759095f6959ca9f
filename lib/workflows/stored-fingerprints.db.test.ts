import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSyntheticJsonl } from "@/bench/make-synthetic-jsonl";
import { answerHash } from "@/lib/analysis/attribution/copied-answers";
import type { AnalysisResult } from "@/lib/analysis/result-types";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { iterateCorpusDocuments, type AnalysisDocument } from "@/lib/db/corpora/list-corpus-documents";
import { loadStoredFeatures, storeFeatures } from "@/lib/db/features/corpus-features-store";
import { charRowBuckets } from "@/lib/features/char-row-deltas";
import { computeFeatures, FEATURE_VERSION } from "@/lib/features/compute-features";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { ingestOptionsSchema } from "./ingest-options";
import { ingestNow } from "./ingest-upload";
import { computeCorpusFeatures } from "./load-analysis-corpus";
import { keepRecentFeatures } from "./recent-features";
import { analyzeCorpora } from "./run-analysis";

const dir = mkdtempSync(path.join(tmpdir(), "stored-fingerprints-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const comparable = (r: AnalysisResult) => ({ ...r, createdAt: "", timings: {} });

/** A stored corpus' documents, in order. */
async function readDocuments(corpusId: string): Promise<AnalysisDocument[]> {
  const out: AnalysisDocument[] = [];
  for await (const batch of iterateCorpusDocuments(corpusId)) out.push(...batch);
  return out;
}

describe(`stored fingerprints: compact char rows and answer hashes (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("stores the rows as gaps and the answers' hashes, reads them back, and analyses as fingerprints stored without either do", async () => {
    keepRecentFeatures(false); // every analysis below reads the fingerprints back from the database
    const owner = { workspaceId: (await resolveOperatorWorkspace()).id };
    const corpora = [];
    for (const seed of [11, 12, 13]) {
      const file = path.join(dir, `rows-${seed}.jsonl`);
      await writeSyntheticJsonl(file, 50_000, seed);
      corpora.push((await ingestNow([{ path: file, name: `rows-${seed}.jsonl`, bytes: 50_000 }], ingestOptionsSchema.parse({ name: `rows ${seed}` }), owner)).corpora[0]);
    }
    // The candidate copies some of the first source's answers word for word: the copy check reads the hashes.
    const copied = path.join(dir, "rows-copied.jsonl");
    const sourceTexts = (await readDocuments(corpora[0].id)).map((d) => d.text);
    const candidateTexts = (await readDocuments(corpora[2].id)).map((d) => d.text);
    const mixed = candidateTexts.map((text, i) => (i % 4 === 0 && i < sourceTexts.length ? sourceTexts[i] : text));
    writeFileSync(copied, mixed.map((text) => JSON.stringify({ text })).join("\n"));
    corpora[2] = (await ingestNow([{ path: copied, name: "rows-copied.jsonl", bytes: statSync(copied).size }], ingestOptionsSchema.parse({ name: "rows copied" }), owner)).corpora[0];
    const full = [];
    for (const corpus of corpora) {
      await computeCorpusFeatures(corpus);
      const stored = deserializeFeatures((await loadStoredFeatures(corpus.id, FEATURE_VERSION))!);
      const documents = await readDocuments(corpus.id);
      const plain = computeFeatures(documents);
      expect(stored.docChars.index.length).toBe(0);
      expect(stored.docChars.deltas!.length).toBeLessThan(plain.docChars.index.byteLength);
      expect([...charRowBuckets(stored.docChars)]).toEqual([...plain.docChars.index]);
      expect(stored.docs.answerHashes).toEqual(documents.map((d) => answerHash(d.text)));
      expect({ ...stored, docChars: null, docs: { ...stored.docs, answerHashes: null } }).toEqual({ ...plain, docChars: null, docs: { ...plain.docs, answerHashes: null } });
      full.push(plain);
    }
    const options = { bootstrap: 20 };
    const fromCompact = await analyzeCorpora(corpora.slice(0, 2), corpora.slice(2), options);
    // Fingerprints stored before either (full rows, no hashes: the analysis hashes the texts) analyse the same.
    for (const [i, corpus] of corpora.entries()) await storeFeatures(corpus.id, FEATURE_VERSION, serializeFeatures(full[i]));
    const old = deserializeFeatures((await loadStoredFeatures(corpora[0].id, FEATURE_VERSION))!);
    expect(old.docChars.deltas).toBeUndefined();
    expect(old.docs.answerHashes).toBeUndefined();
    const fromFull = await analyzeCorpora(corpora.slice(0, 2), corpora.slice(2), options);
    expect(fromCompact.candidates.length).toBe(1);
    expect(fromCompact.candidates[0].copies).toEqual([{ source: fromCompact.sources[0], documents: expect.any(Number) }]);
    expect(fromCompact.candidates[0].copies![0].documents).toBeGreaterThan(0);
    expect(comparable(fromCompact)).toEqual(comparable(fromFull));
  });
});
