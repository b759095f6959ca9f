import { discardPartialCorpora } from "@/lib/db/corpora/write-corpus";
import { failIngest, finishCommittedIngest, loadIngestForJob } from "@/lib/db/ingests/ingest-queries";
import { copySpoolToDisk, deleteSpool } from "@/lib/uploads/upload-spool";
import { ingestFiles } from "./ingest-files";
import { ingestOptionsSchema } from "./ingest-options";
import { queueFingerprints } from "./queue-fingerprints";

// The ingest job: parse the spooled upload and write its corpora all-or-nothing (hidden until complete).
// Whatever the outcome, the spool is deleted. An attempt after a crash first removes what the dead attempt
// half-wrote; a job given up on (abandonIngestJob) removes it too, and the spool.

export async function runIngestJob(ingestId: string, ctx: { log: (line: string) => void }): Promise<void> {
  const ingest = await loadIngestForJob(ingestId);
  const spool = { ingestId, dir: ingest?.uploadPath ?? null };
  if (!ingest || ingest.status !== "processing" || !ingest.workspaceId) {
    await deleteSpool(spool); // deleted or already ended: nothing to do but make sure no spool is left
    return;
  }
  if (await finishCommittedIngest(ingestId)) {
    await deleteSpool(spool); // an earlier attempt stored everything and died before it said so
    return;
  }
  const discarded = await discardPartialCorpora(ingestId);
  if (discarded) ctx.log(`ingest ${ingestId}: removed ${discarded} half-written corpus(es) of an earlier attempt`);
  const options = ingestOptionsSchema.parse(ingest.options);
  const copy = await copySpoolToDisk(spool);
  try {
    // The spool goes as soon as the corpora are stored, before the ingest reports done: no spool outlives it.
    const result = await ingestFiles({ workspaceId: ingest.workspaceId, userId: ingest.createdById }, ingestId, copy.files, options, () => deleteSpool(spool));
    await queueFingerprints(result.corpora.map((c) => c.id));
  } catch {
    // ingestFiles recorded the failure on the ingest (with the file and lines) and removed its corpora.
  } finally {
    await copy.release();
    await deleteSpool(spool);
  }
}

/** The ingest's workers kept dying: fail it, remove its half-written corpora and its spool. */
export async function abandonIngestJob(ingestId: string, reason: string): Promise<void> {
  const ingest = await loadIngestForJob(ingestId);
  await deleteSpool({ ingestId, dir: ingest?.uploadPath ?? null });
  await discardPartialCorpora(ingestId);
  await failIngest(ingestId, { code: "interrupted", message: `${reason} Nothing was kept: upload the files again.` });
}
