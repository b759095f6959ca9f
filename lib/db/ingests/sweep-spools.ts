import { rm } from "node:fs/promises";
import { getDb } from "../client";
import { deleteUploadChunks } from "./upload-chunks";

// Spools that nothing will read again: a failed ingest's (its job removes it as it fails; this catches one
// left by a crash between the two writes), an upload never committed after UNCOMMITTED_KEEP_MS (it is marked
// failed). Every worker runs this now and then; a disk spool is removed by the worker on its machine.

export const UNCOMMITTED_KEEP_MS = 24 * 60 * 60_000;

export async function sweepExpiredSpools(now = Date.now()): Promise<number> {
  const db = await getDb();
  const expired = await db.ingest.findMany({
    where: {
      OR: [
        { status: "failed" },
        { status: "uploaded", updatedAt: { lt: new Date(now - UNCOMMITTED_KEEP_MS) } },
      ],
      // Only those that still hold something.
      AND: [{ OR: [{ chunks: { some: {} } }, { uploadPath: { not: null } }] }],
    },
    select: { id: true, status: true, uploadPath: true },
    take: 100,
  });
  if (expired.length === 0) return 0;
  await deleteUploadChunks(expired.map((i) => i.id));
  for (const ingest of expired) if (ingest.uploadPath) await rm(ingest.uploadPath, { recursive: true, force: true });
  await db.ingest.updateMany({ where: { id: { in: expired.map((i) => i.id) } }, data: { uploadPath: null } });
  await db.ingest.updateMany({
    where: { id: { in: expired.filter((i) => i.status === "uploaded").map((i) => i.id) } },
    data: { status: "failed", error: JSON.stringify({ code: "expired", message: "The upload was never started and has expired. Upload the files again." }) },
  });
  return expired.length;
}
