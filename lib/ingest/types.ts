// The contract between the parsers (lib/ingest) and everything downstream.

export type IngestFormat =
  | "jsonl"
  | "json-array"
  | "openai-chat"
  | "openai-batch"
  | "sharegpt"
  | "lmsys-chat"
  | "csv"
  | "tsv"
  | "text";

/** One document as read from a file: stored verbatim, never normalised. */
export type IngestRecord = {
  text: string;
  prompt?: string;
  promptId?: string;
  model?: string;
  /** Where it came from: file name (inside archives: "archive.zip/inner.jsonl") and 1-based line or record. */
  source: { file: string; line?: number; record?: number };
  meta?: Record<string, unknown>;
};

/** Which record fields hold what (for JSON records and CSV/TSV columns). */
export type FieldMapping = {
  text: string;
  prompt?: string;
  /** Appended to the prompt, separated by a blank line (AlpacaEval's `input`). */
  promptInput?: string;
  promptId?: string;
  model?: string;
};

/** How the records sit in the file: one JSON value per line, a JSON array (or single value), rows, or the whole file. */
export type IngestContainer = "lines" | "array" | "single" | "delimited" | "whole";

export type IngestErrorCode =
  | "malformed-json"
  | "no-response-field"
  | "empty-file"
  | "binary-file"
  | "not-utf8"
  | "archive-too-large"
  | "zip-bomb"
  | "file-too-large"
  | "unknown-format"
  | "path-traversal"
  | "bad-mapping";

export type IngestErrorJSON = {
  code: IngestErrorCode;
  message: string;
  file: string;
  lines: number[];
  count: number;
};

/** A record left out under `skipBadRecords`; `line` is 1-based (0 when a whole archive entry was skipped). */
export type SkippedRecord = { file: string; line: number; reason: string; code: IngestErrorCode };

export type IngestLimits = {
  /** Largest input file (compressed size for archives). */
  maxFileBytes: number;
  /** Largest total inflated size of a .zip or .gz. */
  maxUnpackedBytes: number;
  /** Inflated/compressed ratio above which (past `bombMinBytes`) an archive counts as a zip bomb. */
  maxCompressionRatio: number;
  bombMinBytes: number;
  maxEntries: number;
  /** Largest single line / JSON record / plain-text document held in memory at once. */
  maxRecordBytes: number;
};

export type ReadOptions = {
  format?: IngestFormat;
  mapping?: FieldMapping;
  skipBadRecords?: boolean;
  /** The user's file name (uploads are stored under temp names): used in errors and `source.file`. */
  displayName?: string;
  limits?: Partial<IngestLimits>;
  /** Input (compressed) bytes consumed so far, for progress bars. */
  onBytes?: (bytesRead: number) => void;
  /** Receives the records skipped under `skipBadRecords`. */
  skipped?: SkippedRecord[];
  /**
   * false: the caller needs no `source.line` (it may be left out), so a JSON array file up to 16 MiB (and
   * within `maxRecordBytes`) is parsed whole, much faster. Errors are the same either way: they name their line.
   */
  withLines?: boolean;
};

export type EntryDetection = {
  /** "archive.zip/inner.jsonl" inside archives, else the display name. */
  file: string;
  format: IngestFormat;
  container: IngestContainer;
  /** Suggested (or given) mapping; null for chat formats and text, or when no response field was found. */
  mapping: FieldMapping | null;
  /** Fields / columns seen in the first records, for the mapping UI. */
  fields: string[];
  reasons: string[];
};

export type DetectionResult = EntryDetection & {
  archive?: "zip" | "gzip";
  /** For archives: each entry detected separately (the top level fields describe the first). */
  entries: EntryDetection[];
};

export type ModelCount = { model: string | null; count: number };

export type FilePreview = DetectionResult & {
  records: IngestRecord[];
  /** Documents found (after skipping bad records); partial when the scan stopped early. */
  recordCount: number;
  models: ModelCount[];
  partial: boolean;
  bytesScanned: number;
  totalBytes: number;
  /** Record-level problems, grouped by code (the ingest would fail on these unless bad records are skipped). */
  problems: IngestErrorJSON[];
};
