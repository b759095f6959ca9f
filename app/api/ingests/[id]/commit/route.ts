import { z } from "zod";
import { getIngest, getIngestUploadPath } from "@/lib/db/ingests/ingest-queries";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";
import { listUploadedFiles } from "@/lib/uploads/save-upload";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";
import { startUploadedIngest } from "@/lib/workflows/process-upload";

export const POST = defineRoute(
  { access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), body: ingestOptionsSchema },
  async ({ params, body, access }) => {
    const ingest = await getIngest(access.workspaceId, params.id);
    if (!ingest) throw notFound("No such upload.");
    // Answer at once rather than start a background job that can only fail.
    const dir = await getIngestUploadPath(access.workspaceId, params.id);
    if (ingest.status === "uploaded" && (!dir || (await listUploadedFiles(dir)).length === 0)) {
      throw new HttpError(400, "no-files", "This upload has no files yet: add at least one file (PUT /api/ingests/:id/files?name=…), then commit.");
    }
    if (!(await startUploadedIngest({ workspaceId: access.workspaceId, userId: access.userId }, params.id, body))) throw new HttpError(409, "ingest-started", "This upload is already being processed or has finished.");
    return json({ id: params.id }, 202);
  },
);
