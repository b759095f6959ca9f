import { blockedFor, clearRateLimit, recordFailure } from "@/lib/db/accounts/rate-limit";

// Login throttling per email and client IP, in the database so every server process shares it:
// the 5th failed password within 15 minutes blocks that pair for 15 minutes. A success clears the count.

export const LOGIN_MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const BLOCK_MS = 15 * 60_000;

export const loginKey = (email: string, ip: string) => `login:${email.trim().toLowerCase()}|${ip}`;

export async function loginBlockedFor(email: string, ip: string): Promise<number> {
  return blockedFor(loginKey(email, ip));
}

export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  await recordFailure(loginKey(email, ip), LOGIN_MAX_FAILURES, WINDOW_MS, BLOCK_MS);
}

export async function clearLoginFailures(email: string, ip: string): Promise<void> {
  await clearRateLimit(loginKey(email, ip));
}

/**
 * The client address from X-Forwarded-For / X-Real-IP, trusted only when DISTILLSCOPE_TRUST_PROXY=1 says a
 * proxy sets them: otherwise any client could send a new address with each guess and never be throttled, so
 * every attempt on an email counts against that email alone.
 */
export function clientIp(request: Request): string {
  if (!/^(1|true|yes)$/i.test(process.env.DISTILLSCOPE_TRUST_PROXY ?? "")) return "direct";
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || "direct";
}
