import { APIError, createAuthMiddleware } from "better-auth/api";
import { countUsers, hasInvitation } from "@/lib/db/accounts/users";
import { clearLoginAttempts, clientIp, countLoginAttempt } from "./login-throttle";
import { passwordProblem } from "./password-policy";
import { isSignupOpen } from "./signup-policy";

// Our rules inside better-auth's request pipeline, where the body is already parsed the way the endpoint
// will read it (JSON, form or multipart alike): the login throttle, the password policy, closed sign-up.

const NEW_PASSWORD_FIELD: Record<string, string> = {
  "/sign-up/email": "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
  "/set-password": "newPassword",
};

type Body = Record<string, unknown> | undefined;

export const authHooks = {
  before: createAuthMiddleware(async (ctx) => {
    const body = ctx.body as Body;
    const field = NEW_PASSWORD_FIELD[ctx.path];
    if (field && typeof body?.[field] === "string") {
      const problem = passwordProblem(body[field] as string);
      if (problem) throw new APIError("BAD_REQUEST", { code: "WEAK_PASSWORD", message: problem });
    }
    if (ctx.path === "/sign-up/email") await refuseWhenSignupClosed(body);
    if (ctx.path === "/sign-in/email") await throttleSignIn(body, headersOf(ctx));
  }),
  after: createAuthMiddleware(async (ctx) => {
    if (ctx.path !== "/sign-in/email" || !ctx.context.newSession) return;
    const email = (ctx.body as Body)?.email;
    if (typeof email === "string") await clearLoginAttempts(email, clientIp(headersOf(ctx)));
  }),
};

const headersOf = (ctx: { headers?: Headers; request?: Request }) => ctx.headers ?? ctx.request?.headers ?? new Headers();

/** Every attempt counts before the password is checked; a success (after hook) clears the count. */
async function throttleSignIn(body: Body, headers: Headers): Promise<void> {
  const email = body?.email;
  if (typeof email !== "string" || email.length > 320) return; // better-auth refuses it as invalid input
  const state = await countLoginAttempt(email, clientIp(headers));
  if (state.allowed) return;
  const seconds = Math.ceil(state.retryAfterMs / 1000);
  throw new APIError(
    "TOO_MANY_REQUESTS",
    { code: "TOO_MANY_ATTEMPTS", message: `Too many failed sign-ins for this email. Try again in ${Math.ceil(seconds / 60)} minute(s).`, retryAfterSeconds: seconds },
    { "retry-after": String(seconds) },
  );
}

/**
 * Closed sign-up is refused here, before better-auth looks the email up, with the same answer whether or
 * not the email has an account (accounts never hold invitations), so the refusal reveals nothing.
 */
async function refuseWhenSignupClosed(body: Body): Promise<void> {
  const email = typeof body?.email === "string" ? body.email : "";
  if ((await countUsers()) === 0 || (await isSignupOpen()) || (await hasInvitation(email))) return;
  throw new APIError("FORBIDDEN", { code: "SIGNUP_CLOSED", message: "Sign-up is closed on this instance. Ask an admin or a workspace owner to invite your email." });
}
