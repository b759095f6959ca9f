import { z } from "zod";
import { getUser } from "@/lib/db/accounts/users";
import { getSignupState, setSignupOpen } from "@/lib/server/auth/signup-policy";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError } from "@/lib/server/http-error";

// Instance-wide sign-up: open, or closed (invite-only). Only the admin may change it.

export const GET = defineRoute({ access: "user" }, async () => json(await getSignupState()));

export const PUT = defineRoute({ access: "user", body: z.object({ open: z.boolean() }) }, async ({ body, access }) => {
  if (!(await getUser(access.userId))?.isAdmin) throw new HttpError(403, "admin-only", "Only the instance admin can open or close sign-up.");
  const state = await getSignupState();
  if (state.lockedByEnv) throw new HttpError(409, "set-by-environment", "DISTILLSCOPE_SIGNUP is set on the server, which decides; change it there.");
  await setSignupOpen(body.open);
  return json(await getSignupState());
});
