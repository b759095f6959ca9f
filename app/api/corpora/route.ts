import { z } from "zod";
import { createId } from "@/lib/ids";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError } from "@/lib/server/http-error";
import { contentLength, enforceRateLimit, enforceUploadQuota } from "@/lib/server/limits";
import { getEnv } from "@/lib/env";
import { createIngest, failIngest, queueIngest, recordUploadedFiles } from "@/lib/db/ingests/ingest-queries";
import { wakeWorkers } from "@/lib/jobs/wake-workers";
import { receiveMultipart } from "@/lib/uploads/receive-multipart";
import { deleteSpool, newSpool, spoolFile } from "@/lib/uploads/upload-spool";
import { awaitIngest, IngestFailedError } from "@/lib/workflows/await-ingest";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";

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

/**
 * Multipart (one or more `file` parts) or a raw body with options in the query string. The files are spooled
 * (streamed into the database by default) and a worker ingests them; this process only waits for the
 * outcome and answers with it (201 and the corpora), or at once with 202 and the ingest id when ?wait=0.
 */
export const POST = defineRoute({ access: "workspace" }, async ({ request, access }) => {
  await enforceUploadQuota(access, contentLength(request));
  await enforceRateLimit(access, "upload");
  const owner = { workspaceId: access.workspaceId, userId: access.userId };
  const ingestId = createId("ing");
  const spool = newSpool(ingestId);
  await createIngest(owner, ingestId, spool.dir);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  try {
    const isMultipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
    const received = isMultipart
      ? await receiveMultipart(request, (name, stream) => spoolFile(spool, name, stream))
      : { fields: query, files: request.body ? [await spoolFile(spool, query.filename || "upload.jsonl", request.body)] : [] };
    if (received.files.length === 0) throw new HttpError(400, "no-file", "No file in the request: send multipart `file` parts, or the raw file as the body with ?filename=.");
    const options = ingestOptionsSchema.parse(formOptions.parse(received.fields));
    const bytes = received.files.reduce((s, f) => s + f.bytes, 0);
    await enforceUploadQuota(access, bytes);
    await recordUploadedFiles(ingestId, received.files.map((f) => f.name), bytes);
    if (!(await queueIngest(access.workspaceId, ingestId, options, options.format ?? null, getEnv().DISTILLSCOPE_JOB_ATTEMPTS))) throw new HttpError(409, "ingest-started", "This upload is already being processed.");
  } catch (error) {
    // Nothing was queued: nothing of this upload may stay.
    await deleteSpool(spool).catch(() => undefined);
    await failIngest(ingestId, { code: "upload-failed", message: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
    throw error;
  }
  await wakeWorkers();
  if (query.wait === "0" || query.wait === "false") return json({ ingestId }, 202);
  try {
    const result = await awaitIngest(access.workspaceId, ingestId, { signal: request.signal });
    return json({ corpora: result.corpora, skipped: result.skipped, ingestId }, 201);
  } catch (error) {
    if (error instanceof IngestFailedError) throw new HttpError(error.error.code === "interrupted" ? 503 : 500, error.error.code, error.message, { ingestId });
    throw error;
  }
});
