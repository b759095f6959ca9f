import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageCsp } from "@/lib/server/content-security-policy";
import { isHttps } from "@/lib/server/public-origin";
import { HSTS } from "@/lib/server/security-headers";

// Runs before every page (not the API, which sets its own headers in defineRoute, and not static files):
// 1. a Content-Security-Policy with a fresh nonce (lib/server/content-security-policy.ts), and HSTS when the
//    public origin is https;
// 2. an early redirect to /sign-in for workspace pages without a session cookie, so the browser gets a plain
//    307 instead of a streamed page. Only a convenience: every page and route checks the session on the
//    server (lib/server/page-access.ts, lib/server/access.ts), and a forged cookie gets no further than here.

const SESSION_COOKIES = ["distillscope.session_token", "__Secure-distillscope.session_token"];
const PUBLIC_PAGES = /^\/(s\/|sign-in|sign-up|example$)/;

export function proxy(request: NextRequest) {
  const https = isHttps(request);
  const needsSession = !PUBLIC_PAGES.test(request.nextUrl.pathname);
  if (needsSession && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    return withHsts(NextResponse.redirect(new URL("/sign-in", request.url)), https);
  }
  const nonce = newNonce();
  const csp = pageCsp(nonce, { https, dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return withHsts(response, https);
}

function withHsts(response: NextResponse, https: boolean): NextResponse {
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  // Everything but the API (its handlers set their own headers) and static files.
  matcher: ["/((?!api/|_next/static|_next/image|icon\\.svg|favicon\\.ico|robots\\.txt).*)"],
};
