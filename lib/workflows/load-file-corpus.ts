import path from "node:path";
import { answerHash } from "@/lib/analysis/attribution/copied-answers";
import { computeFeaturesAsync } from "@/lib/features/compute-features-async";
import { collectCorpusIdentity } from "@/lib/identity/collect-corpus-identity";
import { noRecordsError } from "@/lib/ingest/ingest-error";
import { readRecords } from "@/lib/ingest/read-records";
import type { CorpusIdentity } from "@/lib/identity/identity-types";
import type { ReadOptions } from "@/lib/ingest/types";
import type { SnippetDocument } from "@/lib/analysis/analyze";
import type { FileCorpus } from "./snippet-documents";

/**
 * A file analysed without being stored (CLI `analyze <file>`, `npm run eval`): read through the same
 * parsers as an upload, named after its records' single model name, else its file name without extension.
 * The texts are not kept: the analysis reads the file again for its snippets (`readDocuments`), so only
 * the corpus being fingerprinted or searched holds its texts in memory.
 */
export async function loadFileCorpus(filePath: string, options: ReadOptions = {}): Promise<FileCorpus & { documentCount: number; tokenCount: number; identity: CorpusIdentity }> {
  const documents: { ordinal: number; text: string; prompt?: string | null; promptId?: string | null }[] = [];
  const models = new Set<string>();
  const skipped = options.skipped ?? [];
  for await (const record of readRecords(filePath, { displayName: path.basename(filePath), withLines: false, ...options, skipped })) {
    documents.push({ ordinal: documents.length, text: record.text, prompt: record.prompt ?? null, promptId: record.promptId ?? null });
    models.add(record.model?.trim() ?? "");
  }
  if (documents.length === 0) throw noRecordsError(path.basename(filePath), skipped); // as an upload of it would be refused
  const stem = path.basename(filePath).replace(/(\.(jsonl?|ndjson|csv|tsv|txt|md))?(\.(gz|zip))?$/i, "");
  const [only] = [...models];
  const name = models.size === 1 && only ? only : stem;
  const fingerprinted = computeFeaturesAsync(documents, { compactCharRows: true });
  // On this thread, while a worker thread fingerprints: what needs the texts once and keeps little of them.
  const answerHashes = documents.map((d) => answerHash(d.text));
  const identity = collectCorpusIdentity(documents);
  const fingerprint = await fingerprinted;
  const features = { ...fingerprint, docs: { ...fingerprint.docs, answerHashes } };
  return {
    id: `file:${filePath}`,
    name,
    model: name,
    features,
    readDocuments: () => readFileDocuments(filePath, options),
    identity,
    documentCount: features.documents, // not documents.length: the texts need not live through the fingerprinting
    tokenCount: features.tokens,
  };
}

/** The file's documents again, in the same order (ordinals match the fingerprint's). */
export async function readFileDocuments(filePath: string, options: ReadOptions = {}): Promise<SnippetDocument[]> {
  const out: SnippetDocument[] = [];
  for await (const record of readRecords(filePath, { displayName: path.basename(filePath), withLines: false, ...options })) out.push({ ordinal: out.length, text: record.text });
  return out;
}
