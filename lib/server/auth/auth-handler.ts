import { getAuth } from "./auth";
import { clearLoginFailures, clientIp, loginBlockedFor, recordLoginFailure } from "./login-throttle";

// /api/auth/* goes to better-auth, with our login throttle around email sign-in.

export async function handleAuthRequest(request: Request): Promise<Response> {
  const auth = await getAuth();
  const path = new URL(request.url).pathname;
  if (request.method !== "POST" || !path.endsWith("/sign-in/email")) return auth.handler(request);
  const email = await readEmail(request.clone());
  if (!email) return auth.handler(request);
  const ip = clientIp(request);
  const blocked = await loginBlockedFor(email, ip);
  if (blocked > 0) {
    const seconds = Math.ceil(blocked / 1000);
    return Response.json(
      { code: "TOO_MANY_ATTEMPTS", message: `Too many failed sign-ins for this email. Try again in ${Math.ceil(seconds / 60)} minute(s).`, retryAfterSeconds: seconds },
      { status: 429, headers: { "retry-after": String(seconds) } },
    );
  }
  const response = await auth.handler(request);
  if (response.status === 401) await recordLoginFailure(email, ip);
  else if (response.ok) await clearLoginFailures(email, ip);
  return response;
}

async function readEmail(request: Request): Promise<string | null> {
  try {
    const body = (await request.json()) as { email?: unknown };
    return typeof body.email === "string" && body.email.length <= 320 ? body.email : null;
  } catch {
    return null;
  }
}
