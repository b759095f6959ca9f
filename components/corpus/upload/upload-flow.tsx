"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldMapping, FilePreview, IngestFormat } from "@/lib/ingest/types";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { ApiErrorAlert } from "./api-error-alert";
import { CommitForm, type CommitFields } from "./commit-form";
import { FilePicker } from "./file-picker";
import { FilePreviewCard } from "./file-preview-card";
import { FormatSettings } from "./format-settings";
import { IngestDone, IngestFailed, IngestProcessing } from "./ingest-status";
import {
  commitIngest,
  createIngest,
  getCorpusLink,
  getIngest,
  getPreview,
  toErrorInfo,
  uploadFile,
  type ApiErrorInfo,
  type CorpusLink,
  type IngestInfo,
} from "./ingest-api";
import { UploadCheckPanel } from "./upload-check-panel";
import { UploadProgress, type FileProgress } from "./upload-progress";
import { createBlockedReason, useUploadCheck } from "./use-upload-check";

type Stage =
  | { kind: "select" }
  | { kind: "uploading"; files: FileProgress[] }
  | { kind: "resuming" }
  | { kind: "preview"; fileNames: string[] }
  | { kind: "processing"; ingest: IngestInfo | null }
  | { kind: "done"; ingest: IngestInfo; corpora: CorpusLink[] }
  | { kind: "failed"; error: ApiErrorInfo; fileNames: string[] }
  | { kind: "error"; error: ApiErrorInfo };

const POLL_MS = 1000;
const PARALLEL_UPLOADS = 3;

/** The ingest id lives in the URL, so a reload resumes the preview or the progress view. */
function setIngestInUrl(id: string | null) {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set("ingest", id);
  else url.searchParams.delete("ingest");
  window.history.replaceState(null, "", url);
}

export function UploadFlow({ initialIngestId }: { initialIngestId?: string }) {
  const [ingestId, setIngestId] = useState<string | null>(initialIngestId ?? null);
  const [stage, setStage] = useState<Stage>(initialIngestId ? { kind: "resuming" } : { kind: "select" });
  const [files, setFiles] = useState<File[]>([]);
  const [previews, setPreviews] = useState<FilePreview[] | null>(null);
  const [previewError, setPreviewError] = useState<ApiErrorInfo | null>(null);
  const [previewLoading, setPreviewLoading] = useState(false);
  const [format, setFormat] = useState<IngestFormat | undefined>();
  const [mapping, setMapping] = useState<FieldMapping | undefined>();
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<ApiErrorInfo | null>(null);
  const [skipBadRecords, setSkipBadRecords] = useState(false);
  const aborts = useRef<Array<() => void>>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const showIngest = useCallback(async (info: IngestInfo) => {
    if (info.status === "uploaded") {
      setStage(info.fileNames.length ? { kind: "preview", fileNames: info.fileNames } : { kind: "select" });
      if (!info.fileNames.length) setIngestInUrl(null);
    } else if (info.status === "processing") {
      setStage({ kind: "processing", ingest: info });
    } else if (info.status === "done") {
      const corpora = await Promise.all(info.corpusIds.map((id) => getCorpusLink(id).catch(() => null)));
      setStage({ kind: "done", ingest: info, corpora: corpora.filter((c): c is CorpusLink => c !== null) });
    } else {
      setStage({
        kind: "failed",
        error: info.error ?? { code: "failed", message: "The upload failed." },
        fileNames: info.fileNames,
      });
    }
  }, []);

  // Resume after a reload.
  useEffect(() => {
    if (!initialIngestId) return;
    let live = true;
    getIngest(initialIngestId)
      .then((info) => {
        if (live) return showIngest(info);
      })
      .catch((e) => live && setStage({ kind: "error", error: toErrorInfo(e) }));
    return () => {
      live = false;
    };
  }, [initialIngestId, showIngest]);

  // Load (or reload, after a format/mapping change) the preview.
  const inPreview = stage.kind === "preview";
  useEffect(() => {
    if (!inPreview || !ingestId) return;
    let live = true;
    setPreviewLoading(true);
    setPreviewError(null);
    getPreview(ingestId, format, mapping)
      .then((p) => live && setPreviews(p))
      .catch((e) => {
        if (!live) return;
        setPreviews(null);
        setPreviewError(toErrorInfo(e));
      })
      .finally(() => live && setPreviewLoading(false));
    return () => {
      live = false;
    };
  }, [inPreview, ingestId, format, mapping]);

  // The whole-file check starts once the preview has read the files (the same format and mapping).
  const previewReady = inPreview && !previewLoading && previews !== null && previewError === null;
  const { check, retry: retryCheck } = useUploadCheck(ingestId, previews?.length ?? 0, format, mapping, previewReady);
  const blockedReason = createBlockedReason(check, skipBadRecords);

  // Poll while processing.
  const processing = stage.kind === "processing";
  useEffect(() => {
    if (!processing || !ingestId) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const info = await getIngest(ingestId);
        if (!live) return;
        if (info.status === "processing") {
          setStage({ kind: "processing", ingest: info });
          timer = setTimeout(tick, POLL_MS);
        } else {
          await showIngest(info);
        }
      } catch {
        // A missed poll is not fatal: try again.
        if (live) timer = setTimeout(tick, POLL_MS * 2);
      }
    };
    timer = setTimeout(tick, POLL_MS / 2);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [processing, ingestId, showIngest]);

  // Move focus to the heading on stage changes so keyboard and screen-reader users follow along.
  useEffect(() => {
    headingRef.current?.focus();
  }, [stage.kind]);

  // Cancel in-flight uploads when leaving the page.
  useEffect(() => () => aborts.current.forEach((a) => a()), []);

  async function startUpload() {
    const chosen = files;
    if (chosen.length === 0) return;
    const progress: FileProgress[] = chosen.map((f) => ({ name: f.name, size: f.size, loaded: 0, done: false }));
    setStage({ kind: "uploading", files: progress });
    try {
      const id = await createIngest();
      setIngestId(id);
      const update = (i: number, patch: Partial<FileProgress>) => {
        progress[i] = { ...progress[i], ...patch };
        setStage({ kind: "uploading", files: [...progress] });
      };
      // A few files at a time: parallel enough to fill the pipe, few enough not to starve each other.
      let next = 0;
      const worker = async () => {
        while (next < chosen.length) {
          const i = next++;
          const { done, abort } = uploadFile(id, chosen[i], (loaded) => update(i, { loaded }));
          aborts.current.push(abort);
          await done;
          update(i, { done: true, loaded: chosen[i].size });
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_UPLOADS, chosen.length) }, worker));
      aborts.current = [];
      setIngestInUrl(id);
      setFormat(undefined);
      setMapping(undefined);
      setPreviews(null);
      setStage({ kind: "preview", fileNames: chosen.map((f) => f.name) });
    } catch (e) {
      aborts.current.forEach((a) => a());
      aborts.current = [];
      setStage({ kind: "error", error: toErrorInfo(e) });
    }
  }

  async function commit(fields: CommitFields) {
    if (!ingestId) return;
    setCommitting(true);
    setCommitError(null);
    try {
      await commitIngest(ingestId, { ...fields, skipBadRecords, format, mapping });
      setStage({ kind: "processing", ingest: null });
    } catch (e) {
      setCommitError(toErrorInfo(e));
    } finally {
      setCommitting(false);
    }
  }

  function startOver() {
    aborts.current.forEach((a) => a());
    aborts.current = [];
    setIngestInUrl(null);
    setIngestId(null);
    setFiles([]);
    setPreviews(null);
    setPreviewError(null);
    setCommitError(null);
    setFormat(undefined);
    setMapping(undefined);
    setSkipBadRecords(false);
    setStage({ kind: "select" });
  }

  const headings: Record<Stage["kind"], string> = {
    select: "1. Choose files",
    uploading: "Uploading…",
    resuming: "Loading upload…",
    preview: "2. Check the preview",
    processing: "3. Processing",
    done: "Done",
    failed: "Upload failed",
    error: "Upload failed",
  };

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none" data-testid="upload-stage">
          {headings[stage.kind]}
        </h2>
        {stage.kind === "preview" || stage.kind === "uploading" ? (
          <Button variant="ghost" size="sm" onClick={startOver}>
            Cancel and start over
          </Button>
        ) : null}
      </div>

      {stage.kind === "select" ? <FilePicker files={files} onChange={setFiles} onUpload={startUpload} /> : null}

      {stage.kind === "uploading" ? <UploadProgress files={stage.files} /> : null}

      {stage.kind === "resuming" ? (
        <div className="space-y-3" aria-busy="true">
          <Skeleton className="h-24" />
          <Skeleton className="h-64" />
        </div>
      ) : null}

      {stage.kind === "preview" ? (
        <div className="space-y-5">
          <FormatSettings
            previews={previews ?? []}
            format={format}
            mapping={mapping}
            onFormat={(f) => {
              setFormat(f);
              setMapping(undefined);
            }}
            onMapping={setMapping}
            multipleFiles={stage.fileNames.length > 1}
            disabled={previewLoading}
          />
          {previewLoading ? (
            <p className="flex items-center gap-2 text-sm text-zinc-500" role="status">
              <Spinner /> Reading the first records…
            </p>
          ) : null}
          {previewError ? (
            <ApiErrorAlert error={previewError} title="This upload cannot be read">
              <p className="text-xs">Choose another format above, or start over with a different file.</p>
            </ApiErrorAlert>
          ) : null}
          {previews && !previewError ? (
            <>
              <div className="space-y-2" aria-label="Files in this upload" role="group">
                {previews.map((p, i) => (
                  <FilePreviewCard key={p.file} preview={p} check={check.status === "idle" ? null : (check.files[i] ?? null)} />
                ))}
              </div>
              <UploadCheckPanel check={check} skipBadRecords={skipBadRecords} onSkipBadRecords={setSkipBadRecords} onRetry={retryCheck} />
              {commitError ? <ApiErrorAlert error={commitError} title="Could not start the upload" /> : null}
              <CommitForm
                key={previews.flatMap((p) => p.models.map((m) => m.model ?? "")).join("|")}
                previews={previews}
                fileNames={stage.fileNames}
                busy={committing || previewLoading}
                skipBadRecords={skipBadRecords}
                blockedReason={blockedReason}
                onSubmit={commit}
              />
            </>
          ) : null}
          {!previews && !previewError ? <Skeleton className="h-64" /> : null}
        </div>
      ) : null}

      {stage.kind === "processing" ? <IngestProcessing ingest={stage.ingest} /> : null}

      {stage.kind === "done" ? <IngestDone ingest={stage.ingest} corpora={stage.corpora} onAnother={startOver} /> : null}

      {stage.kind === "failed" ? (
        // A failed ingest's files are removed with it (no spool outlives its ingest): a retry is a new upload.
        <IngestFailed error={stage.error} onStartOver={startOver} />
      ) : null}

      {stage.kind === "error" ? (
        <ApiErrorAlert error={stage.error}>
          <Button variant="secondary" size="sm" onClick={startOver}>
            Start over
          </Button>
        </ApiErrorAlert>
      ) : null}
    </div>
  );
}
