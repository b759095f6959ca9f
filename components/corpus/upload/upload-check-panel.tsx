"use client";

import type { FileValidation } from "@/lib/ingest/validate-file";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { formatBytes, formatInteger } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ApiErrorAlert } from "./api-error-alert";
import type { UploadCheck } from "./use-upload-check";

type Props = {
  check: UploadCheck;
  skipBadRecords: boolean;
  onSkipBadRecords: (skip: boolean) => void;
  onRetry: () => void;
};

/** The whole-file check: progress while it reads, then every bad line (with "skip bad records") or an all-clear. */
export function UploadCheckPanel({ check, skipBadRecords, onSkipBadRecords, onRetry }: Props) {
  if (check.status === "idle") return null;
  const read = check.files.reduce((n, f) => n + f.bytesRead, 0);
  const total = check.files.reduce((n, f) => n + (f.result?.totalBytes ?? f.totalBytes), 0);
  const results = check.files.map((f) => f.result).filter((r): r is FileValidation => r !== null);
  const records = results.reduce((n, r) => n + r.records, 0);
  const bad = results.reduce((n, r) => n + r.badCount, 0);
  const fatal = results.filter((r) => r.fatal);

  return (
    <Card title="Check every record" description="The whole upload is read with the same parsers the import uses. Nothing is stored yet.">
      <div className="space-y-4" data-testid="upload-check" data-status={check.status}>
        {check.status === "running" ? (
          <ProgressBar
            value={total > 0 ? read / total : null}
            label={`Checking ${check.files.length === 1 ? "the file" : `${check.files.length} files`}`}
            detail={total > 0 ? `${formatBytes(read)} of ${formatBytes(total)}` : undefined}
          />
        ) : null}

        {check.status === "failed" ? (
          <ApiErrorAlert error={check.error} title="The check did not finish">
            <Button variant="secondary" size="sm" onClick={onRetry}>
              Check again
            </Button>
          </ApiErrorAlert>
        ) : null}

        {fatal.map((r) => (
          <ApiErrorAlert key={r.file} error={r.fatal!} title={`${r.file} cannot be imported`}>
            <p className="text-xs">Skipping bad records cannot fix this. Fix the file and upload it again, or choose another format above.</p>
          </ApiErrorAlert>
        ))}

        {check.status === "done" && fatal.length === 0 && bad === 0 ? (
          <Alert tone="success" title="Every record can be read">
            <span data-testid="upload-check-summary">
              {formatInteger(records)} record{records === 1 ? "" : "s"} in {results.length === 1 ? "the file" : `${results.length} files`}, no bad lines.
            </span>
          </Alert>
        ) : null}

        {bad > 0 ? (
          <div className="space-y-3" role="alert" aria-label="Bad records">
            <p className="text-sm font-medium text-amber-800 dark:text-amber-300" data-testid="upload-check-summary">
              {formatInteger(bad)} bad record{bad === 1 ? "" : "s"} out of {formatInteger(records + bad)}
              {check.status === "running" ? " so far" : ""}. Without “Skip bad records” nothing can be imported.
            </p>
            {results
              .filter((r) => r.badCount > 0)
              .map((r) => (
                <BadRecordsTable key={r.file} result={r} />
              ))}
            <Checkbox
              id="skip-bad-records"
              checked={skipBadRecords}
              onChange={(e) => onSkipBadRecords(e.target.checked)}
              label="Skip bad records"
              description={`Import the ${formatInteger(records)} good record${records === 1 ? "" : "s"} and list the ${formatInteger(bad)} left out in the report.`}
            />
          </div>
        ) : null}
      </div>
    </Card>
  );
}

function BadRecordsTable({ result }: { result: FileValidation }) {
  return (
    <div>
      <h3 className="mb-1.5 text-sm font-semibold">
        <span className="font-mono break-all">{result.file}</span>{" "}
        <span className="font-normal text-zinc-500">
          ({formatInteger(result.badCount)} bad{result.badCount > result.bad.length ? `, first ${formatInteger(result.bad.length)} listed` : ""})
        </span>
      </h3>
      <div className="max-h-64 overflow-y-auto rounded-lg" tabIndex={0} aria-label={`Bad records in ${result.file}, scrollable`}>
        <Table aria-label={`Bad records in ${result.file}`}>
          <THead>
            <tr>
              <TH className="w-20 text-right">Line</TH>
              <TH>Why</TH>
            </tr>
          </THead>
          <TBody>
            {result.bad.map((b, i) => (
              <TR key={`${b.file}-${b.line}-${i}`} data-testid="bad-record">
                <TD className="text-right font-mono text-xs tabular-nums">{b.line || "–"}</TD>
                <TD className="text-xs break-words">
                  {b.file !== result.file ? <span className="mr-1 font-mono">{b.file}:</span> : null}
                  {b.reason}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </div>
    </div>
  );
}
