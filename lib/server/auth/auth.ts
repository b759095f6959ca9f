import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { getDb, getDatabaseTarget } from "@/lib/db/client";
import { getOrCreateSetting } from "@/lib/db/accounts/settings";
import { bootstrapUser, countUsers, getUser, hasInvitation, type UserView } from "@/lib/db/accounts/users";
import { getEnv } from "@/lib/env";
import { authHooks } from "./auth-hooks";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";
import { isSignupOpen } from "./signup-policy";
import { publicOrigin } from "../public-origin";
import { readSessionFast, signedSessionToken } from "./session-fast-path";

// better-auth with email and password, sessions stored in our database through its Prisma adapter.
// The signing secret comes from BETTER_AUTH_SECRET, else one is generated and kept in the Setting table,
// so the README's one command works with no configuration.
//
// The session cookie is Secure (and __Secure- prefixed) exactly when the public origin is https
// (lib/server/public-origin.ts). better-auth fixes that per instance, so there are two, built on first use:
// one for https and one for plain http. With DISTILLSCOPE_PUBLIC_URL set, only one of them is ever used.

export const SESSION_COOKIE_PREFIX = "distillscope";

async function createAuth(secure: boolean) {
  const db = await getDb();
  const env = getEnv();
  const secret = env.BETTER_AUTH_SECRET || (await getOrCreateSetting("auth.secret", () => randomBytes(32).toString("base64url")));
  return betterAuth({
    appName: "Distillscope",
    secret,
    // Without a configured public URL, the request's own host is the base (dev on localhost:3000, e2e on 127.0.0.1:3100).
    baseURL: env.DISTILLSCOPE_PUBLIC_URL ?? { allowedHosts: ["*"], fallback: "http://localhost:3000", protocol: secure ? "https" : "http" },
    // better-auth's own origin check (cookie-bearing writes) accepts the public origin only; lib/server/auth/auth-handler.ts
    // applies the app's CSRF guard to every /api/auth write before this.
    trustedOrigins: (request?: Request) => (request ? [publicOrigin(request).origin] : env.DISTILLSCOPE_PUBLIC_URL ? [env.DISTILLSCOPE_PUBLIC_URL] : []),
    database: prismaAdapter(db, { provider: getDatabaseTarget().provider === "postgres" ? "postgresql" : "sqlite" }),
    // autoSignIn off: sign-up answers the same for a new and a taken email (better-auth then returns a generic
    // answer and hashes the password either way); the form signs in next.
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH, autoSignIn: false },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Login throttling is ours (per email and IP, in the database, counted before the password check): auth-hooks.ts.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: { cookiePrefix: SESSION_COOKIE_PREFIX, useSecureCookies: secure, trustedProxyHeaders: env.DISTILLSCOPE_TRUST_PROXY },
    hooks: authHooks,
    databaseHooks: {
      user: {
        create: {
          before: async (user) => {
            if ((await countUsers()) === 0) return; // the first user always may: they become the admin
            if ((await isSignupOpen()) || (await hasInvitation(user.email))) return;
            throw new APIError("FORBIDDEN", { message: "Sign-up is closed on this instance. Ask an admin or a workspace owner to invite your email." });
          },
          after: async (user) => {
            await bootstrapUser(user);
          },
        },
      },
    },
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const holder = globalThis as typeof globalThis & { __distillscopeAuth?: Map<string, Promise<Auth>> };

/** The better-auth instance for a request: the https one when the public origin is https. */
export function getAuthFor(request: { headers: Headers; url?: string }): Promise<Auth> {
  return getAuth(publicOrigin(request).protocol === "https:");
}

export function getAuth(secure = false): Promise<Auth> {
  const cache = (holder.__distillscopeAuth ??= new Map());
  // Rebuilt when the configuration it was made from changes (tests switch DISTILLSCOPE_PUBLIC_URL).
  const env = getEnv();
  const key = `${secure}|${env.DISTILLSCOPE_PUBLIC_URL ?? ""}|${env.DISTILLSCOPE_TRUST_PROXY}|${env.BETTER_AUTH_SECRET ?? ""}`;
  let auth = cache.get(key);
  if (!auth) {
    auth = createAuth(secure);
    cache.set(key, auth);
    auth.catch(() => cache.delete(key));
  }
  return auth;
}

/** The signed-in user's id for these request headers, or null. */
export async function getSessionUserId(request: { headers: Headers; url?: string }): Promise<string | null> {
  const session = await readSession(request);
  return session.user?.id ?? session.userId;
}

/** The signed-in user for these request headers, or null. */
export async function getSessionUser(request: { headers: Headers; url?: string }): Promise<UserView | null> {
  const session = await readSession(request);
  return session.user ?? (session.userId ? getUser(session.userId) : null);
}

/** The signed session token these request headers carry, if any: not a sign-in (getSessionUser decides that). */
export async function getSignedSessionToken(request: { headers: Headers; url?: string }): Promise<string | undefined> {
  return signedSessionToken(await getAuthFor(request), request.headers);
}

/** In one query when the session is plainly valid (session-fast-path.ts), else as better-auth's getSession decides. */
async function readSession(request: { headers: Headers; url?: string }): Promise<{ user?: UserView; userId: string | null }> {
  const auth = await getAuthFor(request);
  const user = await readSessionFast(auth, request.headers);
  if (user) return { user, userId: user.id };
  return { userId: (await auth.api.getSession({ headers: request.headers }))?.user.id ?? null };
}
