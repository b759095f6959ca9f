import { z } from "zod";
import { getIngest, getIngestUploadPath, recordUploadedFiles } from "@/lib/db/ingests/ingest-queries";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";
import { contentLength, enforceUploadQuota } from "@/lib/server/limits";
import { listUploadedFiles, saveUpload } from "@/lib/uploads/save-upload";

export const runtime = "nodejs";

/** The raw file as the body, streamed to disk: no body-size limit of server actions, no buffering. */
export const PUT = defineRoute(
  { access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), query: z.object({ name: z.string().min(1).max(300) }) },
  async ({ request, params, query, access }) => {
    const ingest = await getIngest(access.workspaceId, params.id);
    const dir = await getIngestUploadPath(access.workspaceId, params.id);
    if (!ingest || !dir) throw notFound("No such upload.");
    if (ingest.status !== "uploaded") throw new HttpError(409, "ingest-started", "This upload is already being processed: start a new upload to add files.");
    await enforceUploadQuota(access, contentLength(request));
    if (!request.body) throw new HttpError(400, "no-file", "The request has no body: send the file's bytes.");
    const file = await saveUpload(dir, query.name, request.body);
    const files = await listUploadedFiles(dir);
    await recordUploadedFiles(params.id, files.map((f) => f.name), files.reduce((s, f) => s + f.bytes, 0));
    return json({ file: { name: file.name, bytes: file.bytes } });
  },
);
