import { SAFE_METHODS, isCrossSiteRequest } from "../csrf";
import { withSecurityHeaders } from "../security-headers";
import { getAuthFor } from "./auth";

// /api/auth/* goes to better-auth, behind the same CSRF guard as the app's own routes: a write from
// another site is refused whether or not it carries a session cookie (sign-in, sign-up, update-user,
// sign-out alike). Writes must be JSON, as better-auth's client sends them: an HTML form on another
// site can only send form encodings, and the throttle and the policies then always see the body that
// better-auth parses (lib/server/auth/auth-hooks.ts).

export async function handleAuthRequest(request: Request): Promise<Response> {
  return withSecurityHeaders(request, await answer(request));
}

async function answer(request: Request): Promise<Response> {
  if (!SAFE_METHODS.has(request.method)) {
    if (isCrossSiteRequest(request)) {
      return Response.json({ code: "CROSS_SITE", message: "Cross-site requests may not change data." }, { status: 403 });
    }
    const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (request.body && type !== "application/json") {
      return Response.json({ code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the request body as JSON (content-type: application/json)." }, { status: 415 });
    }
  }
  const auth = await getAuthFor(request);
  return auth.handler(request);
}
