// Reads a whole uploaded file the way the ingest will (same parsers, same options) and stores nothing:
// the upload page runs this before it offers "Create", so a bad line 58 is found before the commit.
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { detectFormat } from "@/lib/ingest/detect-format";
import { IngestError } from "@/lib/ingest/ingest-error";
import { readRecords } from "@/lib/ingest/read-records";
import type { FieldMapping, IngestErrorJSON, IngestFormat, IngestLimits, IngestRecord, ModelCount, SkippedRecord } from "@/lib/ingest/types";

export type ValidateOptions = {
  displayName?: string;
  format?: IngestFormat;
  mapping?: FieldMapping;
  limits?: Partial<IngestLimits>;
  /** Input bytes read so far (compressed size for archives). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Stops the scan (the client went away); the result is then marked incomplete. */
  signal?: AbortSignal;
  /** How many bad records to list one by one (all are counted). Default 200. */
  maxListed?: number;
};

export type ColumnRole = "response" | "prompt" | "promptId" | "model";

/** What one mapped column holds across the whole file. */
export type ColumnStats = {
  role: ColumnRole;
  /** The record field or CSV column it comes from (null for chat formats, where the role is structural). */
  field: string | null;
  /** Records in which it is non-empty. */
  filled: number;
  minChars: number;
  meanChars: number;
  maxChars: number;
  /** Distinct values, counted up to `DISTINCT_CAP` (then `distinctCapped`). */
  distinct: number;
  distinctCapped: boolean;
};

export type FileValidation = {
  file: string;
  totalBytes: number;
  /** False when stopped early by `signal`. */
  complete: boolean;
  /** Documents that would be stored. */
  records: number;
  /** Bad records (all of them) and the first `maxListed` with line numbers and reasons. */
  badCount: number;
  bad: SkippedRecord[];
  /** A problem no option can skip (truncated array, binary, not UTF-8…): the ingest would fail. */
  fatal: IngestErrorJSON | null;
  columns: ColumnStats[];
  models: ModelCount[];
};

/** One line of the validation endpoint's NDJSON answer (app/api/uploads/validate). */
export type ValidateEvent =
  | { type: "progress"; file: string; index: number; bytesRead: number; totalBytes: number }
  | { type: "file"; index: number; result: FileValidation }
  | { type: "done" }
  | { type: "error"; error: { code: string; message: string } };

const DISTINCT_CAP = 10_000;
const ROLES: { role: ColumnRole; key: keyof FieldMapping; value: (r: IngestRecord) => string | undefined }[] = [
  { role: "response", key: "text", value: (r) => r.text },
  { role: "prompt", key: "prompt", value: (r) => r.prompt },
  { role: "promptId", key: "promptId", value: (r) => r.promptId },
  { role: "model", key: "model", value: (r) => r.model },
];

type Accumulator = { filled: number; min: number; sum: number; max: number; values: Set<string> | null; capped: boolean };

export async function validateFile(filePath: string, options: ValidateOptions = {}): Promise<FileValidation> {
  const displayName = options.displayName ?? basename(filePath);
  const { size: totalBytes } = await stat(filePath);
  const maxListed = options.maxListed ?? 200;
  const acc = new Map<ColumnRole, Accumulator>(
    ROLES.map(({ role }) => [role, { filled: 0, min: Infinity, sum: 0, max: 0, values: role === "response" ? null : new Set(), capped: false }]),
  );
  const models = new Map<string | null, number>();
  const skipped: SkippedRecord[] = [];
  const bad: SkippedRecord[] = [];
  let badCount = 0;
  const drain = () => {
    badCount += skipped.length;
    for (const item of skipped) if (bad.length < maxListed) bad.push(item);
    skipped.length = 0;
  };

  let records = 0;
  let complete = true;
  let fatal: IngestErrorJSON | null = null;
  let mapping: FieldMapping | null = null;
  try {
    mapping = (await detectFormat(filePath, displayName, { format: options.format, mapping: options.mapping, limits: options.limits })).mapping;
    const stream = readRecords(filePath, {
      displayName,
      format: options.format,
      mapping: options.mapping,
      limits: options.limits,
      skipBadRecords: true,
      skipped,
      onBytes: (bytes) => options.onProgress?.(bytes, totalBytes),
    });
    for await (const record of stream) {
      records += 1;
      for (const { role, value } of ROLES) addValue(acc.get(role)!, value(record));
      const model = record.model ?? null;
      models.set(model, (models.get(model) ?? 0) + 1);
      if (skipped.length > 1000) drain();
      if (options.signal?.aborted) {
        complete = false;
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    fatal = error.toJSON();
  }
  drain();
  if (complete) options.onProgress?.(totalBytes, totalBytes);

  const columns = ROLES.flatMap(({ role, key }) => {
    const a = acc.get(role)!;
    if (a.filled === 0 && role !== "response") return [];
    return [
      {
        role,
        field: mapping?.[key] ?? null,
        filled: a.filled,
        minChars: a.filled ? a.min : 0,
        meanChars: a.filled ? a.sum / a.filled : 0,
        maxChars: a.max,
        distinct: a.values?.size ?? 0,
        distinctCapped: a.capped,
      },
    ];
  });
  return {
    file: displayName,
    totalBytes,
    complete,
    records,
    badCount,
    bad,
    fatal,
    columns,
    models: [...models].map(([model, count]) => ({ model, count })).sort((a, b) => b.count - a.count),
  };
}

function addValue(a: Accumulator, value: string | undefined): void {
  if (!value) return;
  a.filled += 1;
  a.sum += value.length;
  if (value.length < a.min) a.min = value.length;
  if (value.length > a.max) a.max = value.length;
  if (!a.values) return;
  if (a.values.size < DISTINCT_CAP) a.values.add(value);
  else if (!a.values.has(value)) a.capped = true;
}
