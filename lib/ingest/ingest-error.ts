import type { IngestErrorCode, IngestErrorJSON } from "@/lib/ingest/types";

/** A problem with an input file, with a message that says which file, which lines and what to do. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly file: string;
  readonly lines?: number[];
  readonly count?: number;

  constructor(code: IngestErrorCode, file: string, message: string, extra: { lines?: number[]; count?: number } = {}) {
    super(message);
    this.name = "IngestError";
    this.code = code;
    this.file = file;
    this.lines = extra.lines;
    this.count = extra.count;
  }

  toJSON(): IngestErrorJSON {
    return { code: this.code, message: this.message, file: this.file, lines: this.lines ?? [], count: this.count ?? 0 };
  }
}

/** What an upload or a file analysis says when its files held no record (`names`: the files, joined). */
export function noRecordsError(names: string, skipped: { file: string; line: number; reason: string }[] = []): IngestError {
  const first = skipped[0];
  return new IngestError(
    "empty-file",
    names,
    first
      ? `No usable records in ${names}: all ${skipped.length} were skipped as bad (first: ${first.file} line ${first.line}: ${first.reason}).`
      : `${names} contained no records. Check that the file is not empty and that the format is right.`,
  );
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}

/** "line 4" / "lines 4, 9, 17" / "lines 4, 9, 17, …" */
export function describeLines(lines: number[], count: number): string {
  if (lines.length === 0) return "";
  const list = lines.join(", ");
  const more = count > lines.length ? ", …" : "";
  return lines.length === 1 && count <= 1 ? `line ${list}` : `lines ${list}${more}`;
}

export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
