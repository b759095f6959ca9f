import { ZodError } from "zod";
import { LastOwnerError } from "@/lib/db/accounts/memberships";
import { isIngestError } from "@/lib/ingest/ingest-error";
import { DuplicateUploadError } from "@/lib/uploads/save-upload";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = "Not found") => new HttpError(404, "not-found", what);

export type ErrorBody = { error: { code: string; message: string } & Record<string, unknown> };

/** Every failure becomes JSON with a code and a message a person can act on; internals never leak. */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message, ...error.details } } };
  }
  if (error instanceof ZodError) {
    const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
    return { status: 400, body: { error: { code: "invalid-request", message, issues } } };
  }
  if (error instanceof LastOwnerError) {
    return { status: 409, body: { error: { code: "last-owner", message: error.message } } };
  }
  if (error instanceof DuplicateUploadError) {
    return { status: 409, body: { error: { code: "duplicate-file", message: error.message, file: error.fileName } } };
  }
  if (isIngestError(error)) {
    const status = error.code === "file-too-large" || error.code === "archive-too-large" ? 413 : 422;
    return { status, body: { error: { ...error.toJSON() } } };
  }
  console.error(error);
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on the server. Try again; if it persists, check the server log." } } };
}
