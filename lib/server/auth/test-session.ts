import { randomBytes } from "node:crypto";
import { listUserWorkspaces } from "@/lib/db/accounts/workspaces";
import { handleAuthRequest } from "./auth-handler";

// For database tests: signs a fresh user up through the real /api/auth handler and returns the session
// cookie a browser would send. Never used by the app itself.

export type TestUser = { email: string; password: string; userId: string; workspaceId: string; cookie: string };

export async function signUpTestUser(label = "user"): Promise<TestUser> {
  const email = `${label}-${randomBytes(4).toString("hex")}@example.test`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const res = await authRequest("sign-up/email", { name: label, email, password });
  if (res.status !== 200) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  // Sign-up never signs in (its answer must not tell a new email from a taken one): sign in as the form does.
  const signIn = await authRequest("sign-in/email", { email, password });
  if (signIn.status !== 200) throw new Error(`sign-in after sign-up failed: ${signIn.status} ${await signIn.text()}`);
  const { user } = (await signIn.json()) as { user: { id: string } };
  const [workspace] = await listUserWorkspaces(user.id);
  return { email, password, userId: user.id, workspaceId: workspace?.id ?? "", cookie: sessionCookie(signIn) };
}

export function authRequest(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return handleAuthRequest(
    new Request(`http://localhost:3000/api/auth/${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }),
  );
}

/** The name=value pair of the session cookie in a better-auth answer. */
export function sessionCookie(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token="));
  if (!cookie) throw new Error("no session cookie in the answer");
  return cookie.split(";")[0];
}
