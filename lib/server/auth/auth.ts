import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { getDb, getDatabaseTarget } from "@/lib/db/client";
import { getOrCreateSetting } from "@/lib/db/accounts/settings";
import { bootstrapUser, countUsers, hasInvitation } from "@/lib/db/accounts/users";
import { isSignupOpen } from "./signup-policy";

// better-auth with email and password, sessions stored in our database through its Prisma adapter.
// The instance is built once per process, after the database is migrated (getDb is async, the adapter
// wants a client). The signing secret comes from BETTER_AUTH_SECRET, else one is generated and kept in the
// Setting table, so the README's one command works with no configuration.

export const SESSION_COOKIE_PREFIX = "distillscope";

async function createAuth() {
  const db = await getDb();
  const secret = process.env.BETTER_AUTH_SECRET || (await getOrCreateSetting("auth.secret", () => randomBytes(32).toString("base64url")));
  const publicUrl = process.env.DISTILLSCOPE_PUBLIC_URL || process.env.BETTER_AUTH_URL;
  return betterAuth({
    appName: "Distillscope",
    secret,
    // Without a configured public URL, the request's own host is the base (dev on localhost:3000, e2e on 127.0.0.1:3100).
    baseURL: publicUrl || { allowedHosts: ["*"], fallback: "http://localhost:3000", protocol: "auto" },
    database: prismaAdapter(db, { provider: getDatabaseTarget().provider === "postgres" ? "postgresql" : "sqlite" }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 256, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Login throttling is ours (per email and IP, in the database): lib/server/auth/login-throttle.ts.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: { cookiePrefix: SESSION_COOKIE_PREFIX },
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

const holder = globalThis as typeof globalThis & { __distillscopeAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  holder.__distillscopeAuth ??= createAuth();
  holder.__distillscopeAuth.catch(() => {
    holder.__distillscopeAuth = undefined;
  });
  return holder.__distillscopeAuth;
}
