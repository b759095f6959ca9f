// Decides an entry's format from its first bytes (and its name): container, record format, fields and mapping.
import { isUtf8 } from "node:buffer";
import { parse as parseCsv } from "csv-parse/sync";
import { firstBadLine } from "@/lib/ingest/decode-utf8";
import { IngestError } from "@/lib/ingest/ingest-error";
import { classifyValue } from "@/lib/ingest/interpret-record";
import { JsonArraySplitter } from "@/lib/ingest/split-json-array";
import { suggestMapping } from "@/lib/ingest/suggest-mapping";
import type { EntryDetection, FieldMapping, IngestContainer, IngestFormat } from "@/lib/ingest/types";

export type Sniffed = EntryDetection & {
  /** Characters to skip before the array of a `{"data": [...]}` wrapper. */
  skipChars: number;
  /** No complete record in the head yet: sniff a larger head if there is more. */
  needMore: boolean;
};

export type SniffOverrides = { format?: IngestFormat; mapping?: FieldMapping };

const TEXT_EXTENSIONS = new Set(["txt", "md", "markdown", "text"]);
const JSON_LINES_EXTENSIONS = new Set(["jsonl", "ndjson", "jsonlines"]);
const CHAT_LIST_KEYS = new Set(["messages", "conversations", "conversation"]);
const SAMPLE_RECORDS = 50;

function extensionOf(name: string): string {
  const base = name.split("/").pop() ?? name;
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

/** The head's text, cut before a possibly incomplete last line (or a cut multi-byte character). */
function headText(head: Buffer, eof: boolean, file: string): string {
  if (head.length === 0) throw emptyFile(file);
  const nul = head.indexOf(0);
  if (nul !== -1) {
    throw new IngestError("binary-file", file, `${file} is a binary file, not text. Upload JSONL, JSON, CSV, TSV, .txt or .md files (or a .zip/.gz of them).`);
  }
  let usable = head;
  if (!eof) {
    const lastNewline = head.lastIndexOf(0x0a);
    if (lastNewline !== -1) usable = head.subarray(0, lastNewline + 1);
    else {
      let end = head.length;
      while (end > 0 && end > head.length - 4 && head[end - 1] >= 0x80) end -= 1;
      usable = head.subarray(0, end);
    }
  }
  if (!isUtf8(usable)) {
    const line = firstBadLine(usable, 1);
    throw new IngestError("not-utf8", file, `${file} is not valid UTF-8 text (line ${line}). Save it as UTF-8 and upload it again.`, {
      lines: [line],
      count: 1,
    });
  }
  const text = usable.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function emptyFile(file: string): IngestError {
  return new IngestError("empty-file", file, `${file} is empty. Choose a file with at least one record.`);
}

function unknownFormat(file: string): IngestError {
  return new IngestError(
    "unknown-format",
    file,
    `${file}: the format could not be recognised. Supported: JSONL, JSON arrays, OpenAI chat/batch, ShareGPT, LMSYS, CSV, TSV, .txt and .md (also inside .zip or .gz). Rename the file with the right extension, or choose the format explicitly.`,
  );
}

/** Field names in first-seen order across the sampled records. */
function fieldsOf(values: unknown[]): string[] {
  const fields = new Set<string>();
  for (const value of values) {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) for (const key of Object.keys(value)) fields.add(key);
  }
  return [...fields];
}

function parseAll(jsons: string[]): unknown[] {
  const values: unknown[] = [];
  for (const json of jsons) {
    try {
      values.push(JSON.parse(json));
    } catch {
      // bad records are reported while reading
    }
  }
  return values;
}

type JsonSniff = { container: IngestContainer; values: unknown[]; skipChars: number; complete: boolean; reasons: string[] };

function sniffJson(text: string, eof: boolean, file: string, forceLines: boolean): JsonSniff {
  const trimmed = text.trimStart();
  const lead = trimmed.charAt(0);
  const lines = text.split("\n");
  if (!eof) lines.pop(); // cut short by the head
  const firstLine = lines.find((line) => line.trim() !== "") ?? "";
  let firstLineParses = false;
  try {
    JSON.parse(firstLine);
    firstLineParses = firstLine.trim() !== "";
  } catch {
    firstLineParses = false;
  }
  const isLines = forceLines || (lead === "{" && firstLineParses) || (lead !== "[" && lead !== "{");
  if (isLines) {
    const sample = lines.filter((line) => line.trim() !== "").slice(0, SAMPLE_RECORDS);
    const reason = forceLines ? "one JSON value per line (by extension)" : "the first line is a complete JSON object: JSON Lines";
    return { container: "lines", values: parseAll(sample), skipChars: 0, complete: sample.length > 0, reasons: [reason] };
  }
  const wrapper = lead === "{" ? /^\s*\{\s*"((?:[^"\\]|\\.)*)"\s*:\s*\[/.exec(text) : null;
  let container: IngestContainer = lead === "[" ? "array" : "single";
  let skipChars = 0;
  const reasons = [lead === "[" ? "the file is a JSON array" : "the file is a single JSON object"];
  if (wrapper && !CHAT_LIST_KEYS.has(wrapper[1])) {
    container = "array";
    skipChars = wrapper[0].length - 1;
    reasons[0] = `the file is a JSON object whose "${wrapper[1]}" key holds the array of records`;
  }
  const splitter = new JsonArraySplitter(file, container === "array" ? "array" : "single", Infinity, skipChars);
  const elements: string[] = [];
  try {
    for (const element of splitter.push(text)) {
      if (elements.length < SAMPLE_RECORDS) elements.push(element.json);
    }
  } catch {
    // structural errors are reported while reading
  }
  return { container, values: parseAll(elements), skipChars, complete: elements.length > 0, reasons };
}

function formatName(format: IngestFormat): string {
  const names: Record<IngestFormat, string> = {
    jsonl: "JSON Lines records",
    "json-array": "JSON records",
    "openai-chat": "OpenAI chat (messages with roles)",
    "openai-batch": "OpenAI Batch API output (custom_id, response.body.choices)",
    sharegpt: "ShareGPT (conversations with from/value)",
    "lmsys-chat": "LMSYS-Chat (model, conversation)",
    csv: "CSV with a header row",
    tsv: "TSV with a header row",
    text: "plain text: one document per file",
  };
  return names[format];
}

function csvSniff(text: string, eof: boolean, delimiter: string): { columns: string[]; rows: number } {
  const parse = (input: string) =>
    parseCsv(input, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, to_line: 50 }) as string[][];
  let rows: string[][];
  try {
    rows = parse(eof ? text : text.slice(0, text.lastIndexOf("\n") + 1));
  } catch {
    rows = parse(text.split("\n")[0] ?? "");
  }
  return { columns: rows[0] ?? [], rows: Math.max(rows.length - 1, 0) };
}

function looksDelimited(text: string, delimiter: string): boolean {
  const lines = text.split("\n").filter((line) => line.trim() !== "").slice(0, 5);
  if (lines.length === 0) return false;
  const counts = lines.map((line) => line.split(delimiter).length);
  return counts[0] >= 2 && (lines.length === 1 || counts.slice(1).some((c) => c >= counts[0]));
}

function checkMapping(mapping: FieldMapping, fields: string[], file: string, what: string): void {
  if (fields.length === 0) return;
  const missing = Object.entries(mapping)
    .filter(([, field]) => typeof field === "string" && !fields.includes(field))
    .map(([role, field]) => `${role} → "${field}"`);
  if (missing.length === 0) return;
  throw new IngestError(
    "bad-mapping",
    file,
    `${file}: the mapping names ${what} that do not exist (${missing.join(", ")}). Available ${what}: ${fields.join(", ")}.`,
  );
}

export function sniffEntry(head: Buffer, eof: boolean, file: string, name: string, overrides: SniffOverrides = {}): Sniffed {
  const text = headText(head, eof, file);
  if (eof && text.trim() === "") throw emptyFile(file);
  const ext = extensionOf(name);
  const reasons: string[] = [];
  let format = overrides.format;
  if (format) reasons.push(`format chosen by the user: ${formatName(format)}`);

  const base = { file, skipChars: 0, needMore: false };

  if (format === undefined && TEXT_EXTENSIONS.has(ext)) format = "text";
  if (format === undefined && ext === "csv") format = "csv";
  if (format === undefined && (ext === "tsv" || ext === "tab")) format = "tsv";
  const lead = text.trimStart().charAt(0);
  const jsonish = lead === "{" || lead === "[";
  if (format === undefined && !jsonish && !JSON_LINES_EXTENSIONS.has(ext) && ext !== "json") {
    const firstLine = text.split("\n")[0] ?? "";
    if (firstLine.includes("\t") && looksDelimited(text, "\t")) format = "tsv";
    else if (looksDelimited(text, ",")) format = "csv";
    else throw unknownFormat(file);
    reasons.push(`the first lines are ${format === "tsv" ? "tab" : "comma"}-separated`);
  }

  if (format === "text") {
    if (!overrides.format) reasons.push(`.${ext} file: ${formatName("text")}`);
    return { ...base, format, container: "whole", mapping: null, fields: [], reasons };
  }
  if (format === "csv" || format === "tsv") {
    if (!overrides.format && (ext === "csv" || ext === "tsv" || ext === "tab")) reasons.push(`.${ext} extension: ${formatName(format)}`);
    const { columns } = csvSniff(text, eof, format === "tsv" ? "\t" : ",");
    if (overrides.mapping) checkMapping(overrides.mapping, columns, file, "columns");
    const mapping = overrides.mapping ?? suggestMapping(columns);
    if (!overrides.mapping) reasons.push(mapping ? `response column "${mapping.text}" recognised` : "no response column recognised: map one");
    return { ...base, format, container: "delimited", mapping, fields: columns, reasons };
  }

  const json = sniffJson(text, eof, file, JSON_LINES_EXTENSIONS.has(ext));
  reasons.push(...json.reasons);
  const first = json.values.find((value) => classifyValue(value) !== null);
  const kind = first === undefined ? "records" : classifyValue(first)!;
  if (format === undefined) {
    format = kind !== "records" ? kind : json.container === "lines" ? "jsonl" : "json-array";
    reasons.push(`records look like ${formatName(format)}`);
  }
  const fields = fieldsOf(json.values);
  const isRecords = format === "jsonl" || format === "json-array";
  let mapping: FieldMapping | null = null;
  if (isRecords) {
    if (overrides.mapping) checkMapping(overrides.mapping, fields, file, "fields");
    mapping = overrides.mapping ?? suggestMapping(fields);
    if (!overrides.mapping && json.values.length > 0) {
      reasons.push(mapping ? `response field "${mapping.text}" recognised` : `no response field recognised among: ${fields.join(", ")}`);
    }
  }
  return {
    ...base,
    format,
    container: json.container,
    mapping,
    fields,
    reasons,
    skipChars: json.skipChars,
    needMore: !json.complete && !eof,
  };
}
