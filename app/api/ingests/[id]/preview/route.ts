import { z } from "zod";
import { previewFile } from "@/lib/ingest/preview-file";
import { getIngestSpool } from "@/lib/db/ingests/ingest-queries";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";
import { copySpoolToDisk } from "@/lib/uploads/upload-spool";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";

const query = z.object({
  format: ingestOptionsSchema.shape.format,
  mapping: z
    .string()
    .optional()
    .transform((v) => (v ? (JSON.parse(v) as unknown) : undefined))
    .pipe(ingestOptionsSchema.shape.mapping),
});

export const GET = defineRoute({ access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), query }, async ({ params, query, access }) => {
  const spool = await getIngestSpool(access.workspaceId, params.id);
  if (!spool) throw notFound("No such upload.");
  // A database spool is read through a private local copy (the parsers need files), removed right after.
  const copy = await copySpoolToDisk(spool);
  try {
    if (copy.files.length === 0) throw new HttpError(409, "no-files", "No files have been uploaded to this upload yet (or it has already been processed).");
    const previews = [];
    for (const file of copy.files) {
      previews.push(await previewFile(file.path, { displayName: file.name, format: query.format, mapping: query.mapping }));
    }
    return json({ files: previews });
  } finally {
    await copy.release();
  }
});
