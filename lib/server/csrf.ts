import { publicOrigin } from "./public-origin";

// A state-changing request made by a browser on behalf of another site. Fetch metadata (Sec-Fetch-Site) is
// sent by every current browser; Origin is the fallback, compared with the public origin's host (see
// public-origin.ts: X-Forwarded-Host counts only behind a trusted proxy). Requests with neither header
// (curl, scripts) are not browser-driven and pass: they cannot ride a victim's cookies.
export function isCrossSiteRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  if (origin === "null") return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  return originHost !== publicOrigin(request).host;
}

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
