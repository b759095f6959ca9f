import { statSync } from "node:fs";
import path from "node:path";
import { isIngestError, noRecordsError } from "@/lib/ingest/ingest-error";
import { readRecords } from "@/lib/ingest/read-records";
import type { IngestRecord, SkippedRecord } from "@/lib/ingest/types";
import { LanguageSampler } from "@/lib/text/detect-languages";
import { countWords } from "@/lib/text/tokenize";
import { createId } from "@/lib/ids";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import type { CorpusSummary } from "@/lib/db/corpora/corpus-summary";
import { appendDocuments, createIngestingCorpus, discardIngestingCorpora, markCorporaReady, type NewDocument } from "@/lib/db/corpora/write-corpus";
import { finishIngest, updateIngestProgress, type IngestOwner } from "@/lib/db/ingests/ingest-queries";
import type { IngestOptions } from "./ingest-options";

export type IngestFile = { path: string; name: string };
export type IngestFilesResult = { corpora: CorpusSummary[]; skipped: SkippedRecord[] };

type Group = { id: string; name: string; model: string; batch: NewDocument[]; documents: number; tokens: number; chars: number; languages: LanguageSampler; writing: Promise<void> };

const BATCH = 1000;
const PROGRESS_EVERY_MS = 500;

/**
 * Reads every file through lib/ingest and writes one corpus (or one per model) all-or-nothing: on any
 * error the corpora being written are deleted, the ingest record is marked failed with the error report,
 * and the error is rethrown. Existing corpora are never touched.
 */
export async function ingestFiles(
  owner: IngestOwner,
  ingestId: string,
  files: IngestFile[],
  options: IngestOptions,
  /** Runs once the corpora are stored, before the ingest reports done (the job removes its spool here). */
  onStored: () => Promise<void> = async () => undefined,
): Promise<IngestFilesResult> {
  const groups = new Map<string, Group>();
  const skipped: SkippedRecord[] = [];
  try {
    const sizes = files.map((f) => statSync(f.path).size);
    const progress = createProgress(ingestId);
    let done = 0;
    for (const [i, file] of files.entries()) {
      const records = readRecords(file.path, {
        format: options.format,
        mapping: options.mapping,
        skipBadRecords: options.skipBadRecords,
        displayName: file.name,
        skipped,
        onBytes: (bytes) => progress.report(done + bytes),
      });
      for await (const record of records) {
        const group = await groupFor(owner, groups, record, options, files, ingestId);
        group.batch.push(toDocument(record, group.documents));
        group.languages.add(record.text);
        group.documents += 1;
        if (group.batch.length >= BATCH) await flush(group);
      }
      done += sizes[i];
      await progress.report(done, true);
    }
    for (const group of groups.values()) {
      await flush(group);
      await group.writing;
    }
    if (groups.size === 0) {
      throw noRecordsError(files.map((f) => f.name).join(", "), skipped);
    }
    const created = [...groups.values()].map((g) => ({
      id: g.id,
      documentCount: g.documents,
      tokenCount: g.tokens,
      charCount: g.chars,
      languages: JSON.stringify(g.languages.result()),
    }));
    await markCorporaReady(created);
    await onStored();
    await finishIngest(ingestId, { status: "done", report: { skipped: skipped.slice(0, 1000), skippedCount: skipped.length } });
    const corpora = await listCorpora(owner.workspaceId, { ids: created.map((c) => c.id) });
    return { corpora, skipped };
  } catch (error) {
    await Promise.allSettled([...groups.values()].map((g) => g.writing));
    await discardIngestingCorpora([...groups.values()].map((g) => g.id)).catch(() => undefined);
    await finishIngest(ingestId, { status: "failed", error: describeError(error) }).catch(() => undefined);
    throw error;
  }
}

export function describeError(error: unknown): { code: string; message: string; file?: string; lines?: number[]; count?: number } {
  if (isIngestError(error)) return error.toJSON();
  return { code: "internal", message: error instanceof Error ? error.message : String(error) };
}

async function groupFor(owner: IngestOwner, groups: Map<string, Group>, record: IngestRecord, options: IngestOptions, files: IngestFile[], ingestId: string): Promise<Group> {
  const recordModel = record.model?.trim() || undefined;
  const key = options.splitByModel ? (recordModel ?? options.model ?? "unknown") : "";
  const existing = groups.get(key);
  if (existing) return existing;
  const baseName = options.name ?? defaultName(files);
  const model = options.splitByModel ? key : (options.model ?? recordModel ?? baseName);
  const name = options.splitByModel ? (options.name ? `${options.name} · ${key}` : key) : baseName;
  const group: Group = { id: createId("cor"), name, model, batch: [], documents: 0, tokens: 0, chars: 0, languages: new LanguageSampler(), writing: Promise.resolve() };
  groups.set(key, group);
  await createIngestingCorpus({ id: group.id, workspaceId: owner.workspaceId, createdById: owner.userId ?? null, name, model, provider: options.provider, version: options.version, notes: options.notes, ingestId });
  return group;
}

function defaultName(files: IngestFile[]): string {
  const stem = (name: string) => path.basename(name).replace(/(\.(jsonl?|ndjson|csv|tsv|txt|md|markdown))?(\.(gz|zip))?$/i, "");
  return files.length === 1 ? stem(files[0].name) : `${stem(files[0].name)} +${files.length - 1}`;
}

function toDocument(record: IngestRecord, ordinal: number): NewDocument {
  // A lone UTF-16 surrogate (e.g. a JSON "\ud83d" escape cut from its pair) cannot be stored as UTF-8 by
  // either database: it becomes U+FFFD. Everything else is kept byte for byte.
  const text = record.text.toWellFormed();
  const prompt = record.prompt?.toWellFormed() ?? null;
  const meta = { ...record.meta, file: record.source.file, line: record.source.line, record: record.source.record };
  return {
    ordinal,
    text,
    prompt,
    promptId: record.promptId?.toWellFormed() ?? null,
    charCount: text.length,
    tokenCount: countWords(text),
    meta: JSON.stringify(meta).toWellFormed(),
  };
}

/** Writes the batch while the next one is parsed: at most one write in flight per corpus. */
async function flush(group: Group): Promise<void> {
  const batch = group.batch;
  group.batch = [];
  for (const d of batch) {
    group.tokens += d.tokenCount;
    group.chars += d.charCount;
  }
  await group.writing;
  group.writing = appendDocuments(group.id, batch);
  group.writing.catch(() => undefined); // awaited (and rethrown) at the next flush; never unhandled meanwhile
}

function createProgress(ingestId: string) {
  let last = 0;
  let pending = Promise.resolve();
  return {
    report(bytes: number, force = false): Promise<void> {
      const now = Date.now();
      if (!force && now - last < PROGRESS_EVERY_MS) return pending;
      last = now;
      pending = pending.then(() => updateIngestProgress(ingestId, bytes)).catch(() => undefined);
      return pending;
    },
  };
}
