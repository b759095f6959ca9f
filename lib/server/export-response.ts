import { exportCsv, exportFileName, isExportTable } from "@/lib/analysis/export/build-export-tables";
import type { AnalysisDetail } from "@/lib/db/analyses/analysis-summary";
import { HttpError } from "./http-error";

/** A download of a finished analysis: the whole result as JSON, or one table as CSV. */
export function exportResponse(analysis: AnalysisDetail, format: "json" | "csv", table?: string): Response {
  if (!analysis.result) throw new HttpError(409, "not-finished", "The analysis has not finished yet.");
  if (format === "json") {
    return new Response(JSON.stringify({ id: analysis.id, name: analysis.name, result: analysis.result }, null, 2), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${exportFileName(analysis.name, "result", "json")}"` },
    });
  }
  if (!table || !isExportTable(table)) throw new HttpError(400, "unknown-table", "Choose a table: ranking, metrics, shares, separability, distance or evidence.");
  return new Response(exportCsv(analysis.result, table), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${exportFileName(analysis.name, table, "csv")}"` },
  });
}
