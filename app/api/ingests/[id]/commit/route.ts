import { z } from "zod";
import { getEnv } from "@/lib/env";
import { getIngest, getIngestSpool, queueIngest } from "@/lib/db/ingests/ingest-queries";
import { wakeWorkers } from "@/lib/jobs/wake-workers";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";
import { listSpooledFiles } from "@/lib/uploads/upload-spool";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";

/** Queues the ingest for a worker and answers at once; progress and outcome are on GET /api/ingests/:id. */
export const POST = defineRoute(
  { access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), body: ingestOptionsSchema },
  async ({ params, body, access }) => {
    const ingest = await getIngest(access.workspaceId, params.id);
    const spool = await getIngestSpool(access.workspaceId, params.id);
    if (!ingest || !spool) throw notFound("No such upload.");
    // Answer at once rather than queue a job that can only fail.
    if (ingest.status === "uploaded" && (await listSpooledFiles(spool)).length === 0) {
      throw new HttpError(400, "no-files", "This upload has no files yet: add at least one file (PUT /api/ingests/:id/files?name=…), then commit.");
    }
    // A failed ingest's files went with its failure (no spool outlives its ingest).
    if (ingest.status === "failed") {
      throw new HttpError(409, "files-gone", "This upload failed and its files were removed with it: upload them again (with other options, e.g. skip bad records).");
    }
    if (!(await queueIngest(access.workspaceId, params.id, body, body.format ?? null, getEnv().DISTILLSCOPE_JOB_ATTEMPTS))) {
      throw new HttpError(409, "ingest-started", "This upload is already being processed or has finished.");
    }
    await wakeWorkers();
    return json({ id: params.id }, 202);
  },
);
