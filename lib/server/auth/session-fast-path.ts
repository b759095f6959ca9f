import { createHmac, timingSafeEqual } from "node:crypto";
import type { UserView } from "@/lib/db/accounts/users";
import { readRow, toBool, toDate } from "@/lib/db/driver-reads";
import type { Auth } from "./auth";

// Every page and API request asks who is signed in. better-auth's getSession answers through its endpoint
// pipeline and two Prisma queries: about 4 ms of CPU, a tenth of a results page under load. Here the common
// case is answered the way getSession decides it, in one driver read: the cookie's HMAC signature over the
// session token (better-call's signed cookie: `token.base64(HMAC-SHA256(secret, token))`), then a session
// row with that token, unexpired, with its user. Anything else is better-auth's to decide, so this never
// answers differently from it: a cookie it does not read like this (a malformed or non-canonical signature,
// the "don't remember me" cookie), an unknown or expired session (better-auth clears it), or a session due
// for its sliding refresh (better-auth writes the new expiry).

/** The signed-in user, or undefined when better-auth's getSession must answer instead. */
export async function readSessionFast(auth: Auth, headers: Headers): Promise<UserView | undefined> {
  const context = await auth.$context;
  const token = await signedSessionToken(auth, headers);
  if (!token) return undefined;

  const row = await readRow<{ expiresAt: string | Date; id: string; name: string; email: string; isAdmin: boolean | number }>(
    `SELECT s."expiresAt", u."id", u."name", u."email", u."isAdmin" FROM "session" s JOIN "user" u ON u."id" = s."userId" WHERE s."token" = ?`,
    [token],
  );
  if (!row) return undefined;
  const expiresAt = toDate(row.expiresAt)!.getTime();
  const now = Date.now();
  if (expiresAt < now) return undefined;
  const { expiresIn, updateAge } = context.sessionConfig;
  if (expiresAt - expiresIn * 1000 + updateAge * 1000 <= now) return undefined; // refresh due
  return { id: row.id, name: row.name, email: row.email, isAdmin: toBool(row.isAdmin) };
}

/**
 * The session token of a cookie this fast path reads (signature checked), else undefined. It says nothing
 * about the session itself: only readSessionFast or better-auth decide whether it is valid.
 */
export async function signedSessionToken(auth: Auth, headers: Headers): Promise<string | undefined> {
  const context = await auth.$context;
  const cookies = parseCookieHeader(headers.get("cookie"));
  if (cookies.has(context.authCookies.dontRememberToken.name)) return undefined;
  const signed = cookies.get(context.authCookies.sessionToken.name);
  if (!signed) return undefined;
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return undefined;
  const token = signed.slice(0, dot);
  const signature = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(createHmac("sha256", context.secret).update(token).digest("base64"));
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return undefined;
  return token;
}

/** Cookie name → value, read as better-call reads them (URI-decoded, quotes dropped, the first of repeated names wins). */
function parseCookieHeader(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || cookies.has(name)) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}
