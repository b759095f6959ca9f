"use client";
// Result exports. In the workspace they come from the export API. In the share view the stored result is
// read from the share API when a file is asked for (the page itself carries only what it shows:
// lib/db/analyses/results-page-view.ts), and the same files are built in the browser with the API's builders.
import { useState } from "react";
import { EXPORT_TABLES, exportCsv, exportFileName, type ExportTable } from "@/lib/analysis/export/build-export-tables";
import type { AnalysisResult } from "@/lib/analysis/result-types";
import { buttonClasses } from "@/components/ui/button";
import { downloadBlob } from "@/components/charts/export-svg";
import { getJson } from "./get-json";

type Props = { name: string } & ({ mode: "api"; analysisId: string } | { mode: "share"; shareToken: string });

export function ExportMenu(props: Props) {
  const cls = buttonClasses("secondary", "sm", "h-7 px-2 text-xs");
  const [error, setError] = useState<string | null>(null);
  const items: { key: string; label: string; table: ExportTable | "result" }[] = [
    { key: "json", label: "JSON", table: "result" },
    ...EXPORT_TABLES.map((t) => ({ key: t, label: `${t} CSV`, table: t })),
  ];
  return (
    <div role="group" aria-label="Export results" className="flex flex-wrap items-center gap-1.5" data-testid="export-menu">
      <span className="mr-1 text-xs font-medium text-zinc-500 dark:text-zinc-400">Export</span>
      {items.map((item) =>
        props.mode === "api" ? (
          <a
            key={item.key}
            className={cls}
            href={`/api/analyses/${encodeURIComponent(props.analysisId)}/export?${item.table === "result" ? "format=json" : `format=csv&table=${item.table}`}`}
            download={exportFileName(props.name, item.table, item.table === "result" ? "json" : "csv")}
          >
            {item.label}
          </a>
        ) : (
          <button key={item.key} type="button" className={cls} onClick={() => {
              setError(null);
              downloadShared(props.shareToken, props.name, item.table).catch((e: Error) => setError(e.message));
            }}>
            {item.label}
          </button>
        ),
      )}
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </div>
  );
}

async function downloadShared(shareToken: string, name: string, table: ExportTable | "result") {
  const { analysis } = await getJson<{ analysis: { result: AnalysisResult } }>(`/api/share/${encodeURIComponent(shareToken)}`, new AbortController().signal, "The shared result");
  downloadLocal(analysis.result, name, table);
}

function downloadLocal(result: AnalysisResult, name: string, table: ExportTable | "result") {
  if (table === "result") {
    downloadBlob(new Blob([JSON.stringify(result, null, 2)], { type: "application/json" }), exportFileName(name, "result", "json"));
    return;
  }
  downloadBlob(new Blob([exportCsv(result, table)], { type: "text/csv;charset=utf-8" }), exportFileName(name, table, "csv"));
}
