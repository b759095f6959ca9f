import { APICallError } from "ai";

// Every way a model call can fail, sorted by what the collector does next: wait and retry (rate-limited,
// server, timeout, network), give up on this prompt (rejected), or stop the run (auth, not-found: every
// other prompt would fail the same way). The message is the provider's own, for the person fixing it.

export type FailureKind = "rate-limited" | "server" | "timeout" | "network" | "rejected" | "auth" | "not-found" | "aborted";

export type CallFailure = { kind: FailureKind; status?: number; retryAfterMs?: number; message: string };

export class ModelCallError extends Error {
  constructor(readonly failure: CallFailure) {
    super(failure.message);
  }
}

const MAX_RETRY_AFTER_MS = 10 * 60_000;

export function classifyCallError(error: unknown): CallFailure {
  if (error instanceof ModelCallError) return error.failure;
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    const message = describeApiError(error);
    if (status === undefined) return { kind: "network", message };
    if (status === 429) return { kind: "rate-limited", status, retryAfterMs: parseRetryAfter(error.responseHeaders), message };
    if (status === 401 || status === 403) return { kind: "auth", status, message };
    if (status === 404) return { kind: "not-found", status, message };
    if (status === 408 || status === 409 || status >= 500) return { kind: "server", status, retryAfterMs: parseRetryAfter(error.responseHeaders), message };
    return { kind: "rejected", status, message };
  }
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } } | undefined;
  if (err?.name === "AbortError") return { kind: "aborted", message: "aborted" };
  const cause = err?.cause?.code ? ` (${err.cause.code}${err.cause.message ? `: ${err.cause.message}` : ""})` : "";
  return { kind: "network", message: `${err?.message ?? String(error)}${cause}` };
}

function describeApiError(error: APICallError): string {
  const status = error.statusCode ? `HTTP ${error.statusCode}` : "No response";
  const body = error.responseBody ? ` — ${error.responseBody.slice(0, 1000)}` : "";
  const cause = (error.cause as { code?: string } | undefined)?.code;
  return `${status} from ${error.url}: ${error.message}${cause ? ` (${cause})` : ""}${body && !error.message.includes(error.responseBody ?? "\u0000") ? body : ""}`;
}

/** Retry-After as seconds or an HTTP date (and the retry-after-ms some providers send), capped at 10 minutes. */
export function parseRetryAfter(headers: Record<string, string> | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const get = (name: string) => Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
  const ms = Number(get("retry-after-ms"));
  if (Number.isFinite(ms) && ms >= 0 && get("retry-after-ms") !== undefined) return Math.min(ms, MAX_RETRY_AFTER_MS);
  const raw = get("retry-after")?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.min(Number(raw) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS) : undefined;
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/** Exponential backoff with jitter for 5xx, timeouts and dropped connections; Retry-After wins when sent. */
export function decideRetry(failure: CallFailure, attempt: number, policy: { baseMs: number; maxAttempts: number; random?: () => number }): RetryDecision {
  const retryable = failure.kind === "rate-limited" || failure.kind === "server" || failure.kind === "timeout" || failure.kind === "network";
  // A 429 is the server pacing us, not a fault of this prompt: it gets more patience than a 5xx.
  const limit = failure.kind === "rate-limited" ? policy.maxAttempts * 5 : policy.maxAttempts;
  if (!retryable || attempt >= limit) return { retry: false };
  if (failure.retryAfterMs !== undefined) return { retry: true, delayMs: failure.retryAfterMs };
  const exp = Math.min(60_000, policy.baseMs * 2 ** (attempt - 1));
  const jitter = 0.5 + 0.5 * (policy.random ?? Math.random)();
  return { retry: true, delayMs: Math.round(exp * jitter) };
}
