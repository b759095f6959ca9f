import path from "node:path";
import { analyze } from "@/lib/analysis/analyze";
import type { AnalysisResult } from "@/lib/analysis/result-types";
import { loadFileCorpus } from "@/lib/workflows/load-file-corpus";
import { loadSnippetDocuments } from "@/lib/workflows/snippet-documents";

// The example analysis that /example shows: the invented corpora the browser tests upload (e2e/fixtures),
// analysed by this code. 30 to 60 short answers per corpus is too little text for a verdict, and the page says so.

export const EXAMPLE_SOURCES = ["source-alpha.jsonl", "source-beta.jsonl", "openai-chat.jsonl", "multi-model.jsonl"];
export const EXAMPLE_CANDIDATES = ["candidate-gamma.jsonl", "openai-batch.jsonl"];

export async function makeExampleResult(fixtures: string): Promise<AnalysisResult> {
  // Ids name the fixture, not where this checkout happens to be.
  const load = (names: string[]) => Promise.all(names.map(async (name) => ({ ...(await loadFileCorpus(path.join(fixtures, name))), id: `example:${name}` })));
  const result = await analyze({
    sources: await load(EXAMPLE_SOURCES),
    candidates: await load(EXAMPLE_CANDIDATES),
    getDocuments: loadSnippetDocuments,
    releaseRows: true,
  });
  return { ...result, timings: {} }; // timings differ run to run; the page never shows them
}
