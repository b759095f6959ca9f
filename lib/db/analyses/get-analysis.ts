import { readRow, toDate } from "../driver-reads";
import { getDb } from "../client";
import { toAnalysisSummary, type AnalysisDetail } from "./analysis-summary";
import { loadResultCached } from "./result-cache";
import { workspaceScope } from "../workspace-scope";

type Row = {
  id: string;
  name: string;
  status: string;
  stage: string | null;
  progress: number;
  options: string;
  sourceIds: string;
  candidateIds: string;
  verdicts: string | null;
  error: string | null;
  claimedBy: string | null;
  createdAt: string | Date;
  startedAt: string | Date | null;
  finishedAt: string | Date | null;
  resultBytes: number | string | null;
};

// Read on every results page request, so through the driver (driver-reads.ts), with the stored result's
// size in bytes in the same read: octet_length is read from the value's header on both databases, where
// length() would decompress PostgreSQL's TOASTed result and count its characters, every time.
const SELECT = `SELECT "id", "name", "status", "stage", "progress", "options", "sourceIds", "candidateIds", "verdicts", "error", "claimedBy",
  "createdAt", "startedAt", "finishedAt", octet_length("result") AS "resultBytes" FROM "Analysis" WHERE "id" = ? AND "workspaceId" = ?`;

/** An analysis of this workspace; null for unknown ids and other workspaces' ids alike. */
export async function getAnalysis(workspaceId: string, id: string): Promise<AnalysisDetail | null> {
  const row = await readRow<Row>(SELECT, [id, workspaceScope(workspaceId)]);
  if (!row) return null;
  const finishedAt = toDate(row.finishedAt);
  const summary = toAnalysisSummary({ ...row, createdAt: toDate(row.createdAt)!, startedAt: toDate(row.startedAt), finishedAt });
  // The result (megabytes) is read and parsed only when its cached copy is missing or stale.
  const bytes = row.resultBytes === null ? null : Number(row.resultBytes); // pg reads a bigint as text
  const result =
    row.status === "done" && bytes !== null
      ? await loadResultCached(row.id, finishedAt, bytes, async () => {
          const db = await getDb();
          return (await db.analysis.findUnique({ where: { id }, select: { result: true } }))?.result ?? null;
        })
      : null;
  return { ...summary, result };
}
