import path from "node:path";
import { computeFeaturesAsync } from "@/lib/features/compute-features-async";
import { readRecords } from "@/lib/ingest/read-records";
import type { ReadOptions } from "@/lib/ingest/types";
import type { AnalysisCorpus } from "@/lib/analysis/analyze";

/**
 * A file analysed without being stored (CLI `analyze <file>`, `npm run eval`): read through the same
 * parsers as an upload, named after its records' single model name, else its file name without extension.
 */
export async function loadFileCorpus(filePath: string, options: ReadOptions = {}): Promise<AnalysisCorpus & { documentCount: number; tokenCount: number }> {
  const documents: { ordinal: number; text: string; prompt?: string | null; promptId?: string | null }[] = [];
  const models = new Set<string>();
  for await (const record of readRecords(filePath, { displayName: path.basename(filePath), ...options })) {
    documents.push({ ordinal: documents.length, text: record.text, prompt: record.prompt ?? null, promptId: record.promptId ?? null });
    models.add(record.model?.trim() ?? "");
  }
  const stem = path.basename(filePath).replace(/(\.(jsonl?|ndjson|csv|tsv|txt|md))?(\.(gz|zip))?$/i, "");
  const [only] = [...models];
  const name = models.size === 1 && only ? only : stem;
  const features = await computeFeaturesAsync(documents);
  return {
    id: `file:${filePath}`,
    name,
    model: name,
    features,
    documents: documents.map((d) => ({ ordinal: d.ordinal, text: d.text })),
    documentCount: documents.length,
    tokenCount: features.tokens,
  };
}
