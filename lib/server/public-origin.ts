import { getEnv } from "@/lib/env";

// The origin browsers use to reach this server: DISTILLSCOPE_PUBLIC_URL when set; else the request's own
// Host (X-Forwarded-Host / X-Forwarded-Proto only with DISTILLSCOPE_TRUST_PROXY=1: a client could send
// them otherwise). Share links, the session cookie's Secure flag, the CSRF check and HSTS all follow it.

type RequestLike = { headers: Headers; url?: string };

export function publicOrigin(request: RequestLike): URL {
  const env = getEnv();
  if (env.DISTILLSCOPE_PUBLIC_URL) return new URL(env.DISTILLSCOPE_PUBLIC_URL);
  const url = request.url ? new URL(request.url) : null;
  const forwarded = (name: string) => (env.DISTILLSCOPE_TRUST_PROXY ? firstValue(request.headers.get(name)) : null);
  const proto = forwarded("x-forwarded-proto")?.toLowerCase();
  const protocol = proto === "https" || proto === "http" ? `${proto}:` : (url?.protocol ?? "http:");
  const host = forwarded("x-forwarded-host") ?? request.headers.get("host") ?? url?.host ?? "localhost";
  try {
    return new URL(`${protocol}//${host}`);
  } catch {
    return new URL(`${protocol}//localhost`); // a Host header that is no host name
  }
}

export const isHttps = (request: RequestLike) => publicOrigin(request).protocol === "https:";

/** An absolute URL on the public origin, for links people open elsewhere (share links). */
export const publicUrl = (request: RequestLike, path: string) => new URL(path, publicOrigin(request)).toString();

function firstValue(header: string | null): string | null {
  const first = header?.split(",")[0]?.trim();
  return first ? first : null;
}
