import { z } from "zod";
import { validateFile, type ValidateEvent } from "@/lib/ingest/validate-file";
import { getIngestSpool } from "@/lib/db/ingests/ingest-queries";
import { defineRoute } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";
import { copySpoolToDisk } from "@/lib/uploads/upload-spool";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";

export const runtime = "nodejs";

const query = z.object({
  ingest: z.string().min(1).max(100),
  format: ingestOptionsSchema.shape.format,
  mapping: z
    .string()
    .optional()
    .transform((v) => (v ? (JSON.parse(v) as unknown) : undefined))
    .pipe(ingestOptionsSchema.shape.mapping),
});

const PROGRESS_EVERY_MS = 150;

/**
 * Checks every record of an upload's files with the ingest's own parsers and stores nothing. The answer is
 * NDJSON streamed as the files are read (progress lines, then one result per file), so a large upload shows
 * progress; closing the request stops the scan.
 */
export const GET = defineRoute({ access: "workspace", query }, async ({ request, query, access }) => {
  const spool = await getIngestSpool(access.workspaceId, query.ingest);
  if (!spool) throw notFound("No such upload.");
  // A database spool is read through a private local copy (the parsers need files), removed when the scan ends.
  const copy = await copySpoolToDisk(spool);
  const files = copy.files;
  if (files.length === 0) {
    await copy.release();
    throw new HttpError(409, "no-files", "No files have been uploaded to this upload yet (or it has already been processed).");
  }

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ValidateEvent) => {
        if (!request.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      };
      try {
        for (const [index, file] of files.entries()) {
          let last = 0;
          const result = await validateFile(file.path, {
            displayName: file.name,
            format: query.format,
            mapping: query.mapping,
            signal: request.signal,
            onProgress: (bytesRead, totalBytes) => {
              const now = Date.now();
              if (now - last < PROGRESS_EVERY_MS && bytesRead < totalBytes) return;
              last = now;
              send({ type: "progress", file: file.name, index, bytesRead, totalBytes });
            },
          });
          send({ type: "file", index, result });
          if (request.signal.aborted) break;
        }
        send({ type: "done" });
      } catch (error) {
        send({ type: "error", error: { code: "validate-failed", message: error instanceof Error ? error.message : String(error) } });
      } finally {
        controller.close();
        await copy.release();
      }
    },
  });
  return new Response(body, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
});
