import { consumeRateLimit, resetRateLimit } from "@/lib/db/accounts/rate-limit";
import { getEnv } from "@/lib/env";

// Login throttling per email and client IP, in the database so every server process shares it. Each
// attempt is counted BEFORE the password is checked (one atomic upsert), so parallel guesses cannot all
// slip past a check-then-record gap: of any number sent at once, at most LOGIN_MAX_FAILURES reach the
// password check. After that many attempts without a success, the pair is refused until 15 minutes after
// its first attempt. A successful sign-in clears the pair's count.

export const LOGIN_MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

export const loginKey = (email: string, ip: string) => `login:${email.trim().toLowerCase()}|${ip}`;

/** Counts one sign-in attempt; `allowed: false` with the wait when the pair is throttled. */
export async function countLoginAttempt(email: string, ip: string): Promise<{ allowed: boolean; retryAfterMs: number }> {
  return consumeRateLimit(loginKey(email, ip), { points: LOGIN_MAX_FAILURES, durationMs: WINDOW_MS });
}

export async function clearLoginAttempts(email: string, ip: string): Promise<void> {
  await resetRateLimit(loginKey(email, ip));
}

/**
 * The client address from X-Forwarded-For / X-Real-IP, trusted only when DISTILLSCOPE_TRUST_PROXY=1 says a
 * proxy sets them: otherwise any client could send a new address with each guess and never be throttled, so
 * every attempt on an email counts against that email alone.
 */
export function clientIp(headers: Headers): string {
  if (!getEnv().DISTILLSCOPE_TRUST_PROXY) return "direct";
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "direct";
}
