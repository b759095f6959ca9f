import { discardPartialCorpora } from "@/lib/db/corpora/write-corpus";
import { failIngest, finishCommittedIngest, loadIngestForJob } from "@/lib/db/ingests/ingest-queries";
import { copySpoolToDisk, deleteSpool } from "@/lib/uploads/upload-spool";
import { describeError, ingestFiles } from "./ingest-files";
import { ingestOptionsSchema } from "./ingest-options";
import { queueFingerprints } from "./queue-fingerprints";

// The ingest job: parse the spooled upload and write its corpora all-or-nothing (hidden until complete).
// No spool outlives its ingest: done, the spool goes before the ingest reports done; failed (bad input, or
// any error of the attempt), the spool and the half-written corpora go with the failure, so a retry with
// other options ("skip bad records") means uploading again. An attempt after a crash first removes what the
// dead attempt half-wrote; a job given up on (abandonIngestJob) removes it too. Only an attempt that was
// stopped (lease lost, worker shutting down) leaves the spool: the job's next attempt reads it.

export async function runIngestJob(ingestId: string, ctx: { log: (line: string) => void; signal?: AbortSignal }): Promise<void> {
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
  try {
    const discarded = await discardPartialCorpora(ingestId);
    if (discarded) ctx.log(`ingest ${ingestId}: removed ${discarded} half-written corpus(es) of an earlier attempt`);
    const options = ingestOptionsSchema.parse(ingest.options);
    const copy = await copySpoolToDisk(spool);
    try {
      // The spool goes as soon as the corpora are stored, before the ingest reports done.
      const result = await ingestFiles({ workspaceId: ingest.workspaceId, userId: ingest.createdById }, ingestId, copy.files, options, () => deleteSpool(spool));
      await queueFingerprints(result.corpora.map((c) => c.id));
    } finally {
      await copy.release();
    }
  } catch (error) {
    if (ctx.signal?.aborted) throw error; // another attempt takes over and needs the spool
    // ingestFiles recorded a parse failure (file, lines) and removed its corpora; anything else fails here.
    await failIngest(ingestId, describeError(error));
    await discardPartialCorpora(ingestId);
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
