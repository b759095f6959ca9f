import { NextResponse, type NextRequest } from "next/server";

// An early redirect to /sign-in for page requests without a session cookie, so the browser gets a plain 307
// instead of a streamed page. Only a convenience: every page and route checks the session on the server
// (lib/server/page-access.ts, lib/server/access.ts), and a forged cookie gets no further than here.

const SESSION_COOKIES = ["distillscope.session_token", "__Secure-distillscope.session_token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  return NextResponse.redirect(new URL("/sign-in", request.url));
}

export const config = {
  // Everything except the API (answers 401 itself), share views, auth pages and static files.
  matcher: ["/((?!api/|s/|sign-in|sign-up|_next/|icon\\.svg|favicon\\.ico|robots\\.txt).*)"],
};
