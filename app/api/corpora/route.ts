import { z } from "zod";
import { createId } from "@/lib/ids";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError } from "@/lib/server/http-error";
import { contentLength, enforceRateLimit, enforceUploadQuota } from "@/lib/server/limits";
import { receiveMultipart } from "@/lib/uploads/receive-multipart";
import { removeUploadDir, saveUpload, uploadDirFor } from "@/lib/uploads/save-upload";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";
import { ingestNow } from "@/lib/workflows/ingest-upload";

export const runtime = "nodejs";

export const GET = defineRoute({ access: "workspace", query: z.object({ search: z.string().max(200).optional() }) }, async ({ query, access }) =>
  json({ corpora: await listCorpora(access.workspaceId, { search: query.search }) }),
);

const flag = z.preprocess((v) => v === true || v === "true" || v === "1" || v === "on", z.boolean());
const formOptions = z.object({
  name: z.string().optional(),
  model: z.string().optional(),
  provider: z.string().optional(),
  version: z.string().optional(),
  notes: z.string().optional(),
  format: z.string().optional(),
  mapping: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: 'mapping must be JSON, e.g. {"text":"output","prompt":"instruction"}' });
        return z.NEVER;
      }
    }),
  splitByModel: flag.optional(),
  skipBadRecords: flag.optional(),
  filename: z.string().optional(),
});

/** Multipart (one or more `file` parts) or a raw body with options in the query string. Answers when done. */
export const POST = defineRoute({ access: "workspace" }, async ({ request, access }) => {
  await enforceUploadQuota(access, contentLength(request));
  await enforceRateLimit(access, "upload");
  const dir = uploadDirFor(createId("ing"));
  try {
    const isMultipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
    const received = isMultipart ? await receiveMultipart(request, dir) : await receiveRaw(request, dir);
    if (received.files.length === 0) throw new HttpError(400, "no-file", "No file in the request: send multipart `file` parts, or the raw file as the body with ?filename=.");
    const options = ingestOptionsSchema.parse(formOptions.parse(received.fields));
    await enforceUploadQuota(access, received.files.reduce((s, f) => s + f.bytes, 0));
    const result = await ingestNow(received.files, options, { workspaceId: access.workspaceId, userId: access.userId });
    return json({ corpora: result.corpora, skipped: result.skipped, ingestId: result.ingestId }, 201);
  } finally {
    await removeUploadDir(dir);
  }
});

async function receiveRaw(request: Request, dir: string) {
  const fields = Object.fromEntries(new URL(request.url).searchParams);
  if (!request.body) return { fields, files: [] };
  const file = await saveUpload(dir, fields.filename || "upload.jsonl", request.body);
  return { fields, files: [file] };
}
