import { getDb } from "../client";
import { deleteUploadChunks } from "./upload-chunks";

/**
 * After a crash of an ingest that ran without a job (the CLI's, in its own process): ingests still
 * "processing" with no progress for `staleMs` are marked failed and the corpora they were writing are
 * deleted. Ingests carried by a job are the job runner's (lib/jobs): its reaper cleans them when their lease
 * lapses. Ready corpora are never touched.
 */
export async function cleanStaleIngests(staleMs = 10 * 60_000): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(Date.now() - staleMs);
  const stale = await db.ingest.findMany({ where: { status: "processing", updatedAt: { lt: cutoff } }, select: { id: true } });
  const withJobs = await db.job.findMany({ where: { kind: "ingest", subjectId: { in: stale.map((s) => s.id) }, status: { in: ["queued", "running"] } }, select: { subjectId: true } });
  const carried = new Set(withJobs.map((j) => j.subjectId));
  const ids = stale.map((s) => s.id).filter((id) => !carried.has(id));
  await db.corpus.deleteMany({ where: { status: { not: "ready" }, OR: [{ ingestId: { in: ids } }, { ingestId: null, updatedAt: { lt: cutoff } }] } });
  if (ids.length === 0) return 0;
  await deleteUploadChunks(ids);
  await db.ingest.updateMany({
    where: { id: { in: ids } },
    data: { status: "failed", error: JSON.stringify({ code: "interrupted", message: "The ingest was interrupted (the server stopped). Nothing was kept: upload the files again." }) },
  });
  return ids.length;
}
