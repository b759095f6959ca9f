// A candidate compared with the sources on the prompts they share (prompt-matched-samples.ts): its rows of
// the metric tables (point and bootstrap) are replaced by the rows of its group's own tables, each with the
// unit (scale) of the table it came from. Everything downstream (combination,
// intervals, margins) reads the rows as before; the lineage keeps the whole corpora.

import type { ReplicateTables } from "@/lib/analysis/attribution/bootstrap-replicates";
import { UNSUPERVISED } from "@/lib/analysis/attribution/corpus-metrics";

/** into's row `row` of every metric becomes from's row `fromRow`, with from's scale for that row. */
function replaceRow(into: ReplicateTables, row: number, from: ReplicateTables, fromRow: number): void {
  for (const m of UNSUPERVISED) {
    const values = from.pairs[m]?.[fromRow];
    const rows = into.pairs[m];
    if (!values || !rows) continue;
    rows[row] = values;
    into.rowScales ??= {};
    (into.rowScales[m] ??= [])[row] = from.rowScales?.[m]?.[fromRow] ?? from.scales[m];
  }
}

/** Each group's candidate rows (`candidates[k]` is row k of the group's tables) put into the analysis' tables. */
export function replaceGroupRows(into: ReplicateTables, groups: { candidates: number[]; tables: ReplicateTables }[]): void {
  for (const g of groups) g.candidates.forEach((ci, k) => replaceRow(into, ci, g.tables, k));
}
