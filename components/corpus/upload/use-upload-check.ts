"use client";

import { useEffect, useState } from "react";
import type { FieldMapping, IngestFormat } from "@/lib/ingest/types";
import type { FileValidation } from "@/lib/ingest/validate-file";
import { toErrorInfo, validateUpload, type ApiErrorInfo } from "./ingest-api";

export type FileCheck = { bytesRead: number; totalBytes: number; result: FileValidation | null };

export type UploadCheck =
  | { status: "idle" }
  | { status: "running" | "done"; files: FileCheck[] }
  | { status: "failed"; files: FileCheck[]; error: ApiErrorInfo };

/**
 * Runs the whole-file check whenever the upload, its format or its mapping changes (a new choice cancels the
 * running check). `attempt` lets the user run it again after a failure.
 */
export function useUploadCheck(
  ingestId: string | null,
  fileCount: number,
  format: IngestFormat | undefined,
  mapping: FieldMapping | undefined,
  enabled: boolean,
): { check: UploadCheck; retry: () => void } {
  const [check, setCheck] = useState<UploadCheck>({ status: "idle" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled || !ingestId) {
      setCheck({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    const files: FileCheck[] = Array.from({ length: fileCount }, () => ({ bytesRead: 0, totalBytes: 0, result: null }));
    const publish = (status: "running" | "done") => setCheck({ status, files: files.map((f) => ({ ...f })) });
    publish("running");
    validateUpload(
      ingestId,
      format,
      mapping,
      (event) => {
        if (event.type === "progress" && files[event.index]) {
          files[event.index] = { ...files[event.index], bytesRead: event.bytesRead, totalBytes: event.totalBytes };
          publish("running");
        } else if (event.type === "file" && files[event.index]) {
          const total = event.result.totalBytes;
          files[event.index] = { bytesRead: total, totalBytes: total, result: event.result };
          publish("running");
        }
      },
      controller.signal,
    )
      .then(() => publish("done"))
      .catch((e) => {
        if (!controller.signal.aborted) setCheck({ status: "failed", files: files.map((f) => ({ ...f })), error: toErrorInfo(e) });
      });
    return () => controller.abort();
  }, [ingestId, fileCount, format, mapping, enabled, attempt]);

  return { check, retry: () => setAttempt((n) => n + 1) };
}

/** Why "Create" cannot be pressed yet, or null when it can. */
export function createBlockedReason(check: UploadCheck, skipBadRecords: boolean): string | null {
  if (check.status === "idle") return "Waiting for the preview…";
  if (check.status === "running") return "Checking every record before anything is stored…";
  if (check.status === "failed") return "The full-file check did not finish: run it again.";
  const results = check.files.map((f) => f.result).filter((r): r is FileValidation => r !== null);
  const fatal = results.find((r) => r.fatal);
  if (fatal) return `${fatal.file} cannot be imported as it is (see above): fix it and upload it again, or choose another format.`;
  const bad = results.reduce((n, r) => n + r.badCount, 0);
  if (bad > 0 && !skipBadRecords) return `${bad} bad record${bad === 1 ? "" : "s"} found: tick “Skip bad records” to leave ${bad === 1 ? "it" : "them"} out, or fix the file.`;
  if (results.reduce((n, r) => n + r.records, 0) === 0) return "No readable records were found.";
  return null;
}
