import type { FilePreview } from "@/lib/ingest/types";
import type { ColumnRole, FileValidation } from "@/lib/ingest/validate-file";
import { Badge } from "@/components/ui/badge";
import { formatBytes, formatInteger } from "@/components/ui/format";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { FORMAT_LABELS } from "./ingest-api";
import type { FileCheck } from "./use-upload-check";

const SAMPLE_SIZE = 5;
const ROLE_LABELS: Record<ColumnRole, string> = { response: "Response", prompt: "Prompt", promptId: "Prompt id", model: "Model" };

/**
 * One uploaded file, collapsed to a single line (format, records, check status) so that six files fit on a
 * screen; opened, a column table with stats over the whole file, the models, and the first records.
 */
export function FilePreviewCard({ preview, check }: { preview: FilePreview; check: FileCheck | null }) {
  const p = preview;
  const name = p.archive ? p.file.split("/")[0] : p.file;
  const result = check?.result ?? null;
  return (
    <section data-testid="file-preview" className="rounded-lg border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <details className="group">
        <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-2 gap-y-1 rounded-lg px-4 py-3 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:bg-zinc-800/50 [&::-webkit-details-marker]:hidden">
          <span aria-hidden className="text-zinc-400 transition-transform group-open:rotate-90">▸</span>
          <span className="min-w-0 font-mono text-sm font-medium break-all">{name}</span>
          <Badge tone="accent">{FORMAT_LABELS[p.format]}</Badge>
          {p.archive ? <Badge>{p.archive === "zip" ? "zip archive" : "gzip"}</Badge> : null}
          <span className="text-xs text-zinc-500 dark:text-zinc-400">{formatBytes(p.totalBytes)}</span>
          <span className="ml-auto">
            <CheckBadge preview={p} check={check} />
          </span>
        </summary>
        <div className="space-y-4 border-t border-zinc-100 px-4 py-3 dark:border-zinc-800">
          {p.reasons.length > 0 ? <p className="text-xs text-zinc-500 dark:text-zinc-400">Detected: {p.reasons.join("; ")}</p> : null}
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
            <p className="text-xs text-zinc-600 dark:text-zinc-300">
              <span className="font-medium">{p.entries.length} files in the archive:</span>{" "}
              {p.entries.map((e) => `${e.file} (${FORMAT_LABELS[e.format]})`).join(", ")}
            </p>
          ) : null}

          {result ? <ColumnStatsTable name={name} result={result} /> : null}

          {(result?.models ?? p.models).some((m) => m.model) ? (
            <Table aria-label={`Records per model in ${name}`}>
              <THead>
                <tr>
                  <TH>Model</TH>
                  <TH className="text-right">Records</TH>
                </tr>
              </THead>
              <TBody>
                {(result?.models ?? p.models).map((m) => (
                  <TR key={m.model ?? "(none)"}>
                    <TD className="font-mono text-xs">{m.model ?? <span className="italic text-zinc-500">(no model field)</span>}</TD>
                    <TD className="text-right tabular-nums">{formatInteger(m.count)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          ) : null}

          {p.records.length > 0 ? (
            <Table aria-label={`First records of ${name}`} className="table-fixed">
              <THead>
                <tr>
                  <TH className="w-16">Line</TH>
                  <TH className="w-2/5">Prompt</TH>
                  <TH>Response</TH>
                </tr>
              </THead>
              <TBody>
                {p.records.slice(0, SAMPLE_SIZE).map((r, i) => (
                  <TR key={i} data-testid="preview-record">
                    <TD className="font-mono text-xs text-zinc-500">{r.source.line ?? r.source.record ?? "–"}</TD>
                    <TD className="text-xs text-zinc-600 dark:text-zinc-300">
                      <span className="line-clamp-2 break-words" title={r.prompt}>
                        {r.prompt ?? "–"}
                      </span>
                    </TD>
                    <TD className="text-xs">
                      <span className="line-clamp-2 break-words" title={r.text.slice(0, 500)}>
                        {r.text}
                      </span>
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          ) : null}
        </div>
      </details>
    </section>
  );
}

/** The file's state in one badge: being checked, all good, some bad lines, or unreadable. */
function CheckBadge({ preview, check }: { preview: FilePreview; check: FileCheck | null }) {
  const result = check?.result;
  if (!result) {
    const pct = check && check.totalBytes > 0 ? ` ${Math.round((100 * check.bytesRead) / check.totalBytes)}%` : "";
    return (
      <Badge>
        {preview.partial ? "at least " : ""}
        {formatInteger(preview.recordCount)} records · checking{pct}
      </Badge>
    );
  }
  if (result.fatal) return <Badge tone="danger">cannot be imported</Badge>;
  const records = `${formatInteger(result.records)} record${result.records === 1 ? "" : "s"}`;
  if (result.badCount > 0) return <Badge tone="warning">{`${records} · ${formatInteger(result.badCount)} bad`}</Badge>;
  return <Badge tone="success">{`${records} · all valid`}</Badge>;
}

function ColumnStatsTable({ name, result }: { name: string; result: FileValidation }) {
  return (
    <Table aria-label={`Columns of ${name}`}>
      <THead>
        <tr>
          <TH>Column</TH>
          <TH className="text-right">Filled</TH>
          <TH className="text-right">
            <abbr title="Length in characters: shortest–longest, and the mean" className="no-underline">
              Chars
            </abbr>
          </TH>
          <TH className="text-right">Distinct</TH>
        </tr>
      </THead>
      <TBody>
        {result.columns.map((c) => (
          <TR key={c.role}>
            <TD>
              <span className="block font-medium">{ROLE_LABELS[c.role]}</span>
              {c.field ? <span className="block font-mono text-xs break-all text-zinc-500 dark:text-zinc-400">{c.field}</span> : null}
            </TD>
            <TD className="whitespace-nowrap text-right tabular-nums">
              {result.records > 0 ? `${Math.round((100 * c.filled) / result.records)}%` : "–"}
            </TD>
            <TD className="text-right tabular-nums">
              {c.filled ? (
                <>
                  <span className="block whitespace-nowrap">
                    {formatInteger(c.minChars)}–{formatInteger(c.maxChars)}
                  </span>
                  <span className="block whitespace-nowrap text-xs text-zinc-500 dark:text-zinc-400">mean {formatInteger(Math.round(c.meanChars))}</span>
                </>
              ) : (
                "–"
              )}
            </TD>
            <TD className="whitespace-nowrap text-right tabular-nums">
              {c.role === "response" ? "–" : `${formatInteger(c.distinct)}${c.distinctCapped ? "+" : ""}`}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
