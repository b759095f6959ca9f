import type { FilePreview } from "@/lib/ingest/types";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatBytes, formatInteger } from "@/components/ui/format";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ApiErrorAlert } from "./api-error-alert";
import { FORMAT_LABELS } from "./ingest-api";

const SAMPLE_SIZE = 5;

/** What the server found in one uploaded file: format, records, models, problems. */
export function FilePreviewCard({ preview }: { preview: FilePreview }) {
  const p = preview;
  const name = p.archive ? p.file.split("/")[0] : p.file;
  return (
    <div data-testid="file-preview">
      <Card
        title={<span className="font-mono text-sm break-all">{name}</span>}
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <Badge tone="accent">{FORMAT_LABELS[p.format]}</Badge>
            {p.archive ? <Badge>{p.archive === "zip" ? "zip archive" : "gzip"}</Badge> : null}
            <Badge tone={p.problems.length ? "warning" : "neutral"}>
              {p.partial ? "at least " : ""}
              {formatInteger(p.recordCount)} record{p.recordCount === 1 ? "" : "s"}
            </Badge>
            <span className="text-xs">{formatBytes(p.totalBytes)}</span>
            {p.partial ? <span className="text-xs">(preview scanned {formatBytes(p.bytesScanned)})</span> : null}
          </span>
        }
      >
        <div className="space-y-4">
          {p.reasons.length > 0 ? (
            <p className="text-xs text-zinc-500 dark:text-zinc-400">Detected: {p.reasons.join("; ")}</p>
          ) : null}

          {p.mapping ? (
            <p className="text-xs text-zinc-600 dark:text-zinc-300" data-testid="file-mapping">
              <span className="font-medium">Fields:</span>{" "}
              {(
                [
                  ["response", p.mapping.text],
                  ["prompt", p.mapping.prompt],
                  ["prompt input", p.mapping.promptInput],
                  ["prompt id", p.mapping.promptId],
                  ["model", p.mapping.model],
                ] as const
              )
                .filter(([, field]) => field)
                .map(([role, field]) => `${role} ← ${field}`)
                .join(" · ")}
            </p>
          ) : null}

          {p.entries.length > 1 ? (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">{p.entries.length} files in the archive</summary>
              <ul className="mt-2 space-y-1 text-xs">
                {p.entries.map((e) => (
                  <li key={e.file} className="flex gap-2">
                    <span className="font-mono break-all">{e.file}</span>
                    <Badge>{FORMAT_LABELS[e.format]}</Badge>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}

          {p.problems.map((problem, i) => (
            <ApiErrorAlert key={`${problem.code}-${i}`} error={problem} title="Problem in this file">
              <p className="text-xs">Tick “Skip bad records” below to leave these records out, or fix the file and upload it again.</p>
            </ApiErrorAlert>
          ))}

          {p.models.length > 0 && p.models.some((m) => m.model) ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold">Models in the records</h3>
              <Table aria-label={`Records per model in ${name}`}>
                <THead>
                  <tr>
                    <TH>Model</TH>
                    <TH className="text-right">Records</TH>
                  </tr>
                </THead>
                <TBody>
                  {p.models.map((m) => (
                    <TR key={m.model ?? "(none)"}>
                      <TD className="font-mono text-xs">{m.model ?? <span className="italic text-zinc-500">(no model field)</span>}</TD>
                      <TD className="text-right tabular-nums">{formatInteger(m.count)}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            </div>
          ) : null}

          {p.records.length > 0 ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold">
                First records <span className="font-normal text-zinc-500">({Math.min(SAMPLE_SIZE, p.records.length)} shown)</span>
              </h3>
              <ol className="space-y-2" aria-label={`First records of ${name}`}>
                {p.records.slice(0, SAMPLE_SIZE).map((r, i) => (
                  <li key={i} className="rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800" data-testid="preview-record">
                    <div className="mb-1.5 flex flex-wrap gap-x-3 text-xs text-zinc-500 dark:text-zinc-400">
                      <span className="font-mono">
                        {r.source.line ? `line ${r.source.line}` : r.source.record ? `record ${r.source.record}` : r.source.file}
                      </span>
                      {r.promptId ? <span className="font-mono">id {r.promptId}</span> : null}
                      {r.model ? <span className="font-mono">{r.model}</span> : null}
                    </div>
                    {r.prompt ? (
                      <p className="mb-1.5 line-clamp-3 whitespace-pre-wrap break-words rounded bg-zinc-50 px-2 py-1 text-zinc-600 dark:bg-zinc-800/60 dark:text-zinc-300">
                        {r.prompt}
                      </p>
                    ) : null}
                    <p className="line-clamp-4 whitespace-pre-wrap break-words">{r.text}</p>
                  </li>
                ))}
              </ol>
            </div>
          ) : p.problems.length === 0 ? (
            <p className="text-sm text-zinc-500">No records found in the first part of the file.</p>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
