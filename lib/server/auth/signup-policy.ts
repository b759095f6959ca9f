import { getSetting, setSetting } from "@/lib/db/accounts/settings";
import { getEnv } from "@/lib/env";

// Sign-up is open unless the admin closed it in settings, or the operator set DISTILLSCOPE_SIGNUP=closed
// (the environment wins: an operator's choice cannot be reopened from the UI).

export type SignupState = { open: boolean; lockedByEnv: boolean };

export async function getSignupState(): Promise<SignupState> {
  const env = getEnv().DISTILLSCOPE_SIGNUP;
  if (env === "closed") return { open: false, lockedByEnv: true };
  if (env === "open") return { open: true, lockedByEnv: true };
  return { open: (await getSetting("signup")) !== "closed", lockedByEnv: false };
}

export async function isSignupOpen(): Promise<boolean> {
  return (await getSignupState()).open;
}

export async function setSignupOpen(open: boolean): Promise<void> {
  await setSetting("signup", open ? "open" : "closed");
}
