// Browser-side client for the upload API (docs/api.md, "Browser uploads").
import type { FieldMapping, FilePreview, IngestFormat, SkippedRecord } from "@/lib/ingest/types";
import type { ValidateEvent } from "@/lib/ingest/validate-file";

export type ApiErrorInfo = { code: string; message: string; file?: string; lines?: number[]; count?: number; status?: number };

export class ApiError extends Error {
  readonly info: ApiErrorInfo;
  constructor(info: ApiErrorInfo) {
    super(info.message);
    this.info = info;
  }
}

export type IngestStatus = "uploaded" | "processing" | "done" | "failed";

export type IngestInfo = {
  id: string;
  status: IngestStatus;
  fileNames: string[];
  bytes: number;
  bytesProcessed: number;
  corpusIds: string[];
  error: ApiErrorInfo | null;
  report: { skipped?: SkippedRecord[]; skippedCount?: number } | null;
};

export type CommitOptions = {
  name?: string;
  model?: string;
  provider?: string;
  version?: string;
  notes?: string;
  format?: IngestFormat;
  mapping?: FieldMapping;
  splitByModel: boolean;
  skipBadRecords: boolean;
};

export type CorpusLink = { id: string; name: string; model: string; documentCount: number };

/** Turns any error into something the UI can show with file and line numbers. */
export function toErrorInfo(e: unknown): ApiErrorInfo {
  if (e instanceof ApiError) return e.info;
  return { code: "network", message: e instanceof Error ? e.message : String(e) };
}

export function parseErrorBody(body: unknown, status: number): ApiErrorInfo {
  const err = (body as { error?: Partial<ApiErrorInfo> } | null)?.error;
  if (err && typeof err.message === "string") {
    return { code: err.code ?? "error", message: err.message, file: err.file, lines: err.lines, count: err.count, status };
  }
  return { code: "http", message: `The server answered HTTP ${status}.`, status };
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init?.headers }, cache: "no-store" });
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(parseErrorBody(body, res.status));
  return body as T;
}

export async function createIngest(): Promise<string> {
  const { id } = await request<{ id: string }>("/api/ingests", { method: "POST", body: "{}" });
  return id;
}

export async function getIngest(id: string): Promise<IngestInfo> {
  const { ingest } = await request<{ ingest: IngestInfo }>(`/api/ingests/${encodeURIComponent(id)}`);
  return ingest;
}

export async function getPreview(id: string, format?: IngestFormat, mapping?: FieldMapping): Promise<FilePreview[]> {
  const qs = new URLSearchParams();
  if (format) qs.set("format", format);
  if (mapping) qs.set("mapping", JSON.stringify(mapping));
  const q = qs.toString();
  const { files } = await request<{ files: FilePreview[] }>(`/api/ingests/${encodeURIComponent(id)}/preview${q ? `?${q}` : ""}`);
  return files;
}

/**
 * Runs the server's whole-file check (nothing is stored) and hands each NDJSON event to `onEvent` as it
 * arrives. Resolves when the server is done; rejects on HTTP errors, a dropped stream or an error event.
 */
export async function validateUpload(
  id: string,
  format: IngestFormat | undefined,
  mapping: FieldMapping | undefined,
  onEvent: (event: ValidateEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const qs = new URLSearchParams({ ingest: id });
  if (format) qs.set("format", format);
  if (mapping) qs.set("mapping", JSON.stringify(mapping));
  const res = await fetch(`/api/uploads/validate?${qs}`, { cache: "no-store", signal });
  if (!res.ok || !res.body) throw new ApiError(parseErrorBody(await res.json().catch(() => null), res.status));
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  let finished = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const event = JSON.parse(buffered.slice(0, newline)) as ValidateEvent;
      buffered = buffered.slice(newline + 1);
      if (event.type === "error") throw new ApiError({ code: event.error.code, message: event.error.message });
      if (event.type === "done") finished = true;
      onEvent(event);
    }
  }
  if (!finished) throw new ApiError({ code: "network", message: "The check stopped before the end of the files. Try again." });
}

export async function commitIngest(id: string, options: CommitOptions): Promise<void> {
  await request(`/api/ingests/${encodeURIComponent(id)}/commit`, { method: "POST", body: JSON.stringify(options) });
}

export async function getCorpusLink(id: string): Promise<CorpusLink> {
  const { corpus } = await request<{ corpus: CorpusLink }>(`/api/corpora/${encodeURIComponent(id)}`);
  return corpus;
}

/**
 * PUTs one file's raw bytes. XMLHttpRequest rather than fetch: only XHR reports upload progress.
 * Returns an abort function alongside the promise.
 */
export function uploadFile(
  ingestId: string,
  file: File,
  onProgress: (loaded: number) => void,
): { done: Promise<void>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<void>((resolve, reject) => {
    xhr.open("PUT", `/api/ingests/${encodeURIComponent(ingestId)}/files?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(file.size);
        resolve();
        return;
      }
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): fall back to the status.
      }
      const info = parseErrorBody(body, xhr.status);
      reject(new ApiError({ ...info, file: info.file ?? file.name }));
    };
    xhr.onerror = () => reject(new ApiError({ code: "network", message: `The upload of ${file.name} failed: network error.`, file: file.name }));
    xhr.onabort = () => reject(new ApiError({ code: "aborted", message: `The upload of ${file.name} was cancelled.`, file: file.name }));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

export const FORMAT_LABELS: Record<IngestFormat, string> = {
  jsonl: "JSON Lines",
  "json-array": "JSON array",
  "openai-chat": "OpenAI chat messages",
  "openai-batch": "OpenAI Batch API output",
  sharegpt: "ShareGPT conversations",
  "lmsys-chat": "LMSYS-Chat conversations",
  csv: "CSV",
  tsv: "TSV",
  text: "Plain text (one document per file)",
};

/** Formats whose records have named fields the user can map. */
export const MAPPABLE_FORMATS: IngestFormat[] = ["jsonl", "json-array", "csv", "tsv"];
