import { Alert } from "@/components/ui/alert";
import { formatInteger } from "@/components/ui/format";
import type { ApiErrorInfo } from "./ingest-api";

/** An API or ingest error, with the file and line numbers when the server gave them. */
export function ApiErrorAlert({ error, title = "Upload failed", children }: { error: ApiErrorInfo; title?: string; children?: React.ReactNode }) {
  const lines = error.lines ?? [];
  const count = error.count ?? lines.length;
  return (
    <Alert tone="error" title={title}>
      <p data-testid="upload-error-message">{error.message}</p>
      {error.file || lines.length > 0 ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
          {error.file ? (
            <>
              <dt className="font-medium">File</dt>
              <dd className="font-mono break-all">{error.file}</dd>
            </>
          ) : null}
          {lines.length > 0 ? (
            <>
              <dt className="font-medium">{lines.length === 1 && count <= 1 ? "Line" : "Lines"}</dt>
              <dd className="font-mono" data-testid="upload-error-lines">
                {lines.join(", ")}
                {count > lines.length ? ` … (${formatInteger(count)} in all)` : ""}
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {children ? <div className="mt-3">{children}</div> : null}
    </Alert>
  );
}
