import { getDb } from "../client";

/**
 * After a crash: ingests still "processing" with no progress for `staleMs` are marked failed and the
 * corpora they were writing are deleted. Ready corpora are never touched.
 */
export async function cleanStaleIngests(staleMs = 10 * 60_000): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(Date.now() - staleMs);
  const stale = await db.ingest.findMany({ where: { status: "processing", updatedAt: { lt: cutoff } }, select: { id: true } });
  const ids = stale.map((s) => s.id);
  await db.corpus.deleteMany({ where: { status: { not: "ready" }, OR: [{ ingestId: { in: ids } }, { ingestId: null, updatedAt: { lt: cutoff } }] } });
  if (ids.length === 0) return 0;
  await db.ingest.updateMany({
    where: { id: { in: ids } },
    data: { status: "failed", error: JSON.stringify({ code: "interrupted", message: "The ingest was interrupted (the server stopped). Nothing was kept: upload the files again." }) },
  });
  return ids.length;
}
