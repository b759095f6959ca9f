// Streams documents out of a file of any supported format (plain, .gz or .zip), one record at a time.
import { basename } from "node:path";
import { Readable, pipeline } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import { BadRecords } from "@/lib/ingest/bad-records";
import { decodeUtf8 } from "@/lib/ingest/decode-utf8";
import { sniffStream } from "@/lib/ingest/detect-format";
import { IngestError, formatBytes } from "@/lib/ingest/ingest-error";
import { type Document, classifyValue, interpretRecord, recordFormatOf } from "@/lib/ingest/interpret-record";
import { resolveLimits } from "@/lib/ingest/limits";
import { openEntries, type InputEntry } from "@/lib/ingest/open-input";
import { Peekable } from "@/lib/ingest/peekable";
import type { Sniffed } from "@/lib/ingest/sniff-entry";
import { JsonArraySplitter } from "@/lib/ingest/split-json-array";
import { parseWholeArray, WHOLE_ARRAY_MAX_BYTES } from "@/lib/ingest/parse-whole-array";
import { suggestMapping } from "@/lib/ingest/suggest-mapping";
import type { IngestLimits, IngestRecord, ReadOptions } from "@/lib/ingest/types";

export type { ReadOptions } from "@/lib/ingest/types";

type EntryContext = {
  file: string;
  name: string;
  sniffed: Sniffed;
  limits: IngestLimits;
  bad: BadRecords;
  /** The head held no complete record (one record larger than the sniffed head): the first record decides. */
  settleOnFirstRecord: boolean;
  /** The caller wants `source.line` (ReadOptions.withLines). */
  withLines: boolean;
};

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

function* emit(ctx: EntryContext, value: unknown, line: number, record: number): Generator<IngestRecord> {
  if (ctx.settleOnFirstRecord) settleFormat(ctx, value);
  const result = interpretRecord(value, recordFormatOf(ctx.sniffed.format), ctx.sniffed.mapping);
  if ("bad" in result) {
    ctx.bad.add(result.bad.code, line, result.bad.reason);
    return;
  }
  if (ctx.bad.failing) return;
  for (const doc of result.docs) yield withSource(doc, { file: ctx.file, line, record });
}

/** Record format and field mapping from the first complete record, as sniffing does from the head. */
function settleFormat(ctx: EntryContext, value: unknown): void {
  const kind = classifyValue(value);
  if (kind === null) return; // not a record: reported as bad; the next one decides
  ctx.settleOnFirstRecord = false;
  if (kind !== "records") {
    ctx.sniffed = { ...ctx.sniffed, format: kind, mapping: null };
    return;
  }
  const fields = Object.keys(value as object);
  const mapping = suggestMapping(fields);
  if (!mapping) throw noResponseField(ctx.file, "field", fields);
  ctx.sniffed = { ...ctx.sniffed, mapping, fields };
}

function noResponseField(file: string, kind: "field" | "column", fields: string[]): IngestError {
  return new IngestError(
    "no-response-field",
    file,
    `${file}: no ${kind} holding the response was recognised (${kind}s seen: ${fields.join(", ")}). ` +
      `Choose which ${kind} holds the model's response in the field mapping.`,
  );
}

function withSource(doc: Document, source: IngestRecord["source"]): IngestRecord {
  return { ...doc, source };
}

function parseJson(ctx: EntryContext, json: string, line: number): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    ctx.bad.add("malformed-json", line, error instanceof Error ? error.message : "not valid JSON");
    return { ok: false };
  }
}

function recordTooLarge(ctx: EntryContext, line: number): IngestError {
  return new IngestError(
    "file-too-large",
    ctx.file,
    `${ctx.file}: line ${line} is longer than ${formatBytes(ctx.limits.maxRecordBytes)}, the largest record accepted. Split the record or the file.`,
    { lines: [line], count: 1 },
  );
}

async function* readLines(ctx: EntryContext, chunks: AsyncIterable<Buffer>): AsyncGenerator<IngestRecord> {
  let record = 0;
  for await (const chunk of decodeUtf8(chunks, ctx.file, ctx.limits.maxRecordBytes)) {
    const lines = chunk.text.split("\n");
    const count = lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
    for (let k = 0; k < count; k++) {
      const text = lines[k];
      if (isBlank(text)) continue;
      if (text.length > ctx.limits.maxRecordBytes) throw recordTooLarge(ctx, chunk.firstLine + k);
      record += 1;
      const parsed = parseJson(ctx, text, chunk.firstLine + k);
      if (parsed.ok) yield* emit(ctx, parsed.value, chunk.firstLine + k, record);
    }
  }
}

async function* readArray(ctx: EntryContext, chunks: AsyncIterable<Buffer>): AsyncGenerator<IngestRecord> {
  const mode = ctx.sniffed.container === "single" ? "single" : "array";
  const splitter = new JsonArraySplitter(ctx.file, mode, ctx.limits.maxRecordBytes, ctx.sniffed.skipChars);
  let record = 0;
  for await (const chunk of decodeUtf8(chunks, ctx.file, ctx.limits.maxRecordBytes, false)) {
    for (const element of splitter.push(chunk.text)) {
      record += 1;
      const parsed = parseJson(ctx, element.json, element.line);
      if (parsed.ok) yield* emit(ctx, parsed.value, element.line, record);
    }
  }
  for (const element of splitter.end()) {
    record += 1;
    const parsed = parseJson(ctx, element.json, element.line);
    if (parsed.ok) yield* emit(ctx, parsed.value, element.line, record);
  }
}

/**
 * readArray for callers that need no line numbers: a file up to WHOLE_ARRAY_MAX_BYTES (and no larger than
 * the largest record accepted, so no record in it can be too large) is parsed whole, and its records are
 * yielded only once every element proved a good record. Otherwise (too large, bad JSON, a bad record) the
 * bytes read so far and the rest go through readArray, which reports problems by line.
 */
async function* readArrayWhole(ctx: EntryContext, chunks: AsyncIterable<Buffer>): AsyncGenerator<IngestRecord> {
  const iterator = chunks[Symbol.asyncIterator]();
  const limit = Math.min(WHOLE_ARRAY_MAX_BYTES, ctx.limits.maxRecordBytes);
  const read: Buffer[] = [];
  let size = 0;
  let done = false;
  try {
    while (size <= limit) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      read.push(next.value);
      size += next.value.length;
    }
    const records = done ? wholeRecords(ctx, read) : null;
    if (records) {
      read.length = 0;
      yield* records;
      return;
    }
    yield* readArray(ctx, resumed(read, done ? null : iterator));
  } finally {
    await iterator.return?.();
  }
}

/** The chunks already read, then the rest of the stream. */
async function* resumed(read: Buffer[], rest: AsyncIterator<Buffer> | null): AsyncGenerator<Buffer> {
  while (read.length > 0) yield read.shift()!;
  if (!rest) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** Every element's documents, as emit would give them (without lines), or null when any element is not a good record. */
function wholeRecords(ctx: EntryContext, read: Buffer[]): IngestRecord[] | null {
  const elements = parseWholeArray(read.length === 1 ? read[0] : Buffer.concat(read));
  if (!elements) return null;
  const trial: EntryContext = { ...ctx }; // settleFormat's choice stays here when the stream has to run after all
  const out: IngestRecord[] = [];
  try {
    for (let k = 0; k < elements.length; k++) {
      if (trial.settleOnFirstRecord) settleFormat(trial, elements[k]);
      const result = interpretRecord(elements[k], recordFormatOf(trial.sniffed.format), trial.sniffed.mapping);
      if ("bad" in result) return null;
      for (const doc of result.docs) out.push(withSource(doc, { file: ctx.file, record: k + 1 }));
    }
  } catch {
    return null;
  }
  return out;
}

async function* texts(chunks: AsyncIterable<Buffer>, file: string, max: number): AsyncGenerator<string> {
  for await (const chunk of decodeUtf8(chunks, file, max)) yield chunk.text;
}

async function* readDelimited(ctx: EntryContext, chunks: AsyncIterable<Buffer>): AsyncGenerator<IngestRecord> {
  const parser = parseCsv({
    delimiter: ctx.sniffed.format === "tsv" ? "\t" : ",",
    columns: true,
    bom: true,
    skip_empty_lines: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      ctx.bad.add("malformed-json", line, error?.message ?? "bad row");
      return undefined;
    },
  });
  const input = Readable.from(texts(chunks, ctx.file, ctx.limits.maxRecordBytes));
  pipeline(input, parser, () => {});
  let record = 0;
  try {
    for await (const row of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      record += 1;
      yield* emit(ctx, row.record, row.info.lines, record);
    }
  } finally {
    parser.destroy();
    input.destroy();
  }
}

async function* readWhole(ctx: EntryContext, chunks: AsyncIterable<Buffer>): AsyncGenerator<IngestRecord> {
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of decodeUtf8(chunks, ctx.file, ctx.limits.maxRecordBytes, false)) {
    parts.push(chunk.text);
    size += chunk.text.length;
    if (size > ctx.limits.maxRecordBytes) {
      throw new IngestError(
        "file-too-large",
        ctx.file,
        `${ctx.file} is a single text document larger than ${formatBytes(ctx.limits.maxRecordBytes)}. Split it into smaller documents.`,
      );
    }
  }
  const text = parts.join("");
  // The file name (without extension) is the prompt id, so a zip of 001.md, 002.md… aligns across models.
  const base = basename(ctx.name).replace(/\.[^.]*$/, "");
  yield { text, promptId: base, source: { file: ctx.file, record: 1 } };
}

function readEntry(ctx: EntryContext, chunks: AsyncIterable<Buffer>): AsyncGenerator<IngestRecord> {
  switch (ctx.sniffed.container) {
    case "lines":
      return readLines(ctx, chunks);
    case "array":
      return ctx.withLines || ctx.sniffed.skipChars > 0 ? readArray(ctx, chunks) : readArrayWhole(ctx, chunks);
    case "single":
      return readArray(ctx, chunks);
    case "delimited":
      return readDelimited(ctx, chunks);
    case "whole":
      return readWhole(ctx, chunks);
  }
}

function needsMapping(sniffed: Sniffed): boolean {
  return sniffed.format === "jsonl" || sniffed.format === "json-array" || sniffed.format === "csv" || sniffed.format === "tsv";
}

export async function* readRecords(filePath: string, options: ReadOptions = {}): AsyncGenerator<IngestRecord> {
  const limits = resolveLimits(options.limits);
  const displayName = options.displayName ?? basename(filePath);
  let entries = 0;
  for await (const entry of openEntries(filePath, displayName, limits, options.onBytes)) {
    entries += 1;
    const opened = await openEntry(entry, limits, options);
    if (!opened) continue;
    yield* readEntry(opened.ctx, opened.chunks);
    if (opened.ctx.bad.failing) throw opened.ctx.bad.error();
  }
  if (entries === 0) {
    throw new IngestError("empty-file", displayName, `${displayName} holds no files to import (only folders or system files). Choose an archive with data files.`);
  }
}

/**
 * Sniffs an entry and sets up its reading; null for an unreadable archive entry skipped under
 * skipBadRecords. A function of its own: readRecords' loop runs once per record and V8 compiles it early,
 * and the sniffed objects' shapes, which differ from file to file, threw that code away at each file.
 */
async function openEntry(entry: InputEntry, limits: IngestLimits, options: ReadOptions): Promise<{ ctx: EntryContext; chunks: AsyncGenerator<Buffer> } | null> {
  const skip = options.skipBadRecords === true;
  const peekable = new Peekable(entry.chunks);
  let sniffed: Sniffed;
  try {
    sniffed = await sniffStream(peekable, entry.file, entry.name, { format: options.format, mapping: options.mapping });
  } catch (error) {
    await peekable.close();
    // Inside an archive, an unreadable entry is one bad record among many when skipping.
    if (skip && entry.archive === "zip" && error instanceof IngestError && error.code !== "bad-mapping") {
      options.skipped?.push({ file: entry.file, line: 0, reason: error.message, code: error.code });
      return null;
    }
    throw error;
  }
  const unmapped = needsMapping(sniffed) && sniffed.mapping === null;
  if (unmapped && sniffed.fields.length > 0) {
    await peekable.close();
    throw noResponseField(entry.file, sniffed.container === "delimited" ? "column" : "field", sniffed.fields);
  }
  const bad = new BadRecords(entry.file, sniffed.container, skip, options.skipped);
  const settleOnFirstRecord = unmapped && sniffed.container !== "delimited";
  const ctx: EntryContext = { file: entry.file, name: entry.name, sniffed, limits, bad, settleOnFirstRecord, withLines: options.withLines !== false };
  return { ctx, chunks: peekable.chunks() };
}
