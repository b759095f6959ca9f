import { consumeRateLimit } from "@/lib/db/accounts/rate-limit";
import { sumUploadedBytes } from "@/lib/db/ingests/ingest-queries";
import { getEnv } from "@/lib/env";
import type { WorkspaceAccess } from "./access";
import { HttpError } from "./http-error";

// Per-user limits, counted in the database (shared by every server process). Operators tune them with
// DISTILLSCOPE_UPLOADS_PER_HOUR, DISTILLSCOPE_ANALYSES_PER_HOUR and DISTILLSCOPE_UPLOAD_BYTES_PER_DAY.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const limits = () => {
  const env = getEnv();
  return {
    uploadsPerHour: env.DISTILLSCOPE_UPLOADS_PER_HOUR,
    analysesPerHour: env.DISTILLSCOPE_ANALYSES_PER_HOUR,
    uploadBytesPerDay: env.DISTILLSCOPE_UPLOAD_BYTES_PER_DAY,
  };
};

/** Counts one upload or analysis for the caller (atomically); 429 with Retry-After once the hourly limit is spent. */
export async function enforceRateLimit(access: WorkspaceAccess, kind: "upload" | "analysis"): Promise<void> {
  const limit = kind === "upload" ? limits().uploadsPerHour : limits().analysesPerHour;
  const state = await consumeRateLimit(`${kind}:${access.userId}`, { points: limit, durationMs: HOUR });
  if (state.allowed) return;
  const retryAfterSeconds = Math.ceil(state.retryAfterMs / 1000);
  throw new HttpError(429, "rate-limited", `You have started ${limit} ${kind === "upload" ? "uploads" : "analyses"} in the last hour, the limit. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, { retryAfterSeconds });
}

/** Refuses an upload that would take the caller past their bytes-per-day quota (413). */
export async function enforceUploadQuota(access: WorkspaceAccess, incomingBytes: number): Promise<void> {
  const quota = limits().uploadBytesPerDay;
  const used = await sumUploadedBytes(access.userId, new Date(Date.now() - DAY));
  if (used + incomingBytes <= quota) return;
  throw new HttpError(413, "upload-quota", `This upload would take you past your daily upload quota of ${quota} bytes (${used} used in the last 24 hours). Try again later or ask the operator to raise DISTILLSCOPE_UPLOAD_BYTES_PER_DAY.`, { quota, used });
}

export const contentLength = (request: Request) => Number(request.headers.get("content-length")) || 0;
