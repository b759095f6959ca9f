import { z } from "zod";
import { getSignupState, setSignupOpen } from "@/lib/server/auth/signup-policy";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError } from "@/lib/server/http-error";

// Instance-wide sign-up: open, or closed (invite-only). Only the admin may change it.

export const GET = defineRoute({ access: "user" }, async () => json(await getSignupState()));

export const PUT = defineRoute({ access: "user", role: "admin", body: z.object({ open: z.boolean() }) }, async ({ body }) => {
  const state = await getSignupState();
  if (state.lockedByEnv) throw new HttpError(409, "set-by-environment", "DISTILLSCOPE_SIGNUP is set on the server, which decides; change it there.");
  await setSignupOpen(body.open);
  return json(await getSignupState());
});
