import { z } from "zod";
import { getIngest } from "@/lib/db/ingests/ingest-queries";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";
import { startUploadedIngest } from "@/lib/workflows/process-upload";

export const POST = defineRoute(
  { access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), body: ingestOptionsSchema },
  async ({ params, body, access }) => {
    if (!(await getIngest(access.workspaceId, params.id))) throw notFound("No such upload.");
    if (!(await startUploadedIngest({ workspaceId: access.workspaceId, userId: access.userId }, params.id, body))) throw new HttpError(409, "ingest-started", "This upload is already being processed or has finished.");
    return json({ id: params.id }, 202);
  },
);
