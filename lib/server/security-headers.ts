import { isHttps } from "./public-origin";

// Headers for every answer the app itself builds (API routes and /api/auth); pages get theirs, with the
// CSP nonce, from proxy.ts. HSTS only over https: browsers ignore it on http, and a wrong one on a
// plain-http install would lock people out.

export const HSTS = "max-age=31536000; includeSubDomains";
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function withSecurityHeaders(request: { headers: Headers; url?: string }, response: Response): Response {
  try {
    response.headers.set("content-security-policy", API_CSP);
    if (isHttps(request)) response.headers.set("strict-transport-security", HSTS);
  } catch {
    // a Response with immutable headers (Response.redirect): nothing to add it to
  }
  return response;
}
