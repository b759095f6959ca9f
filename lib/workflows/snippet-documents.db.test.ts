import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { iterateCorpusDocuments } from "@/lib/db/corpora/list-corpus-documents";
import { ingestOptionsSchema } from "./ingest-options";
import { ingestNow } from "./ingest-upload";
import { loadStoredSnippetDocuments, SNIPPET_DOCUMENTS_PER_CORPUS } from "./snippet-documents";

describe(`snippet documents of a stored corpus (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  let corpusId: string;
  let all: { ordinal: number; text: string }[];
  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "snippet-docs-")), "answers.jsonl");
    const lines = Array.from({ length: 10 }, (_, i) => JSON.stringify({ prompt: `question ${i}`, response: `Answer number ${i} — café ☕ ${"x".repeat(i)}`, model: "m" }));
    writeFileSync(file, lines.join("\n") + "\n");
    const { corpora } = await ingestNow([{ path: file, name: "answers.jsonl", bytes: Buffer.byteLength(lines.join("\n") + "\n") }], ingestOptionsSchema.parse({ name: "snippets" }), {
      workspaceId: (await resolveOperatorWorkspace()).id,
    });
    corpusId = corpora[0].id;
    all = [];
    for await (const batch of iterateCorpusDocuments(corpusId)) all.push(...batch.map((d) => ({ ordinal: d.ordinal, text: d.text })));
  });

  it("reads every text of a corpus within the per-corpus limit, in ordinal order", async () => {
    expect(all).toHaveLength(10);
    expect(await loadStoredSnippetDocuments(corpusId, 10)).toEqual(all);
  });

  it("reads an even sample (every step-th ordinal) of a corpus above the limit", async () => {
    // As if the corpus had 3× the limit (minus one): every third document.
    const sample = await loadStoredSnippetDocuments(corpusId, 3 * SNIPPET_DOCUMENTS_PER_CORPUS - 1);
    expect(sample).toEqual(all.filter((d) => d.ordinal % 3 === 0));
    expect(sample.map((d) => d.ordinal)).toEqual([0, 3, 6, 9]);
  });
});
