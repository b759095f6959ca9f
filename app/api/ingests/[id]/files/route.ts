import { z } from "zod";
import { getIngestSpool, recordUploadedFiles } from "@/lib/db/ingests/ingest-queries";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";
import { contentLength, enforceUploadQuota } from "@/lib/server/limits";
import { listSpooledFiles, spoolFile } from "@/lib/uploads/upload-spool";

export const runtime = "nodejs";

/** The raw file as the body, streamed into the spool: no body-size limit of server actions, no buffering. */
export const PUT = defineRoute(
  { access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), query: z.object({ name: z.string().min(1).max(300) }) },
  async ({ request, params, query, access }) => {
    const spool = await getIngestSpool(access.workspaceId, params.id);
    if (!spool) throw notFound("No such upload.");
    if (spool.status !== "uploaded") throw new HttpError(409, "ingest-started", "This upload is already being processed: start a new upload to add files.");
    await enforceUploadQuota(access, contentLength(request));
    if (!request.body) throw new HttpError(400, "no-file", "The request has no body: send the file's bytes.");
    const file = await spoolFile(spool, query.name, request.body);
    const files = await listSpooledFiles(spool);
    await recordUploadedFiles(params.id, files.map((f) => f.name), files.reduce((s, f) => s + f.bytes, 0));
    return json({ file: { name: file.name, bytes: file.bytes } });
  },
);
