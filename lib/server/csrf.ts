// A state-changing request made by a browser on behalf of another site. Fetch metadata (Sec-Fetch-Site) is
// sent by every current browser; Origin is the fallback. Requests with neither (curl, scripts) are not
// browser-driven and pass: they cannot ride a victim's cookies.
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
  return !allowedHosts(request).has(originHost);
}

function allowedHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) hosts.add(host);
  hosts.add(new URL(request.url).host);
  const publicUrl = process.env.DISTILLSCOPE_PUBLIC_URL;
  if (publicUrl) hosts.add(new URL(publicUrl).host);
  return hosts;
}
