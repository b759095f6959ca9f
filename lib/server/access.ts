import { findUserIdForApiToken } from "@/lib/db/accounts/api-tokens";
import type { Role } from "@/lib/db/accounts/workspaces";
import { getSessionUserId } from "./auth/auth";
import { SAFE_METHODS, isCrossSiteRequest } from "./csrf";
import { HttpError, notFound } from "./http-error";
import { assertRole, type RequiredRole } from "./permissions";
import { resolveWorkspace } from "./resolve-workspace";
import { WORKSPACE_COOKIE, WORKSPACE_HEADER } from "./workspace-cookie";

// Who is asking, and what they may reach. A request is signed in by a session cookie (better-auth) or by
// `Authorization: Bearer <personal API token>`. Every non-public route works in one workspace the caller is
// a member of (resolve-workspace.ts, the same rule the pages use), and needs a role there (permissions.ts).
// Routes never see another workspace's id: they scope every query by access.workspaceId.

export type WorkspaceAccess = { kind: "workspace"; userId: string; workspaceId: string; role: Role; via: "session" | "token" };
export type Access = WorkspaceAccess | { kind: "share"; analysisId: string };

/**
 * workspace: data of the caller's workspace; writes need the member role unless the route says otherwise.
 * user: the caller's own things (tokens, their workspaces); any role. public: anyone.
 */
export type AccessRule = "workspace" | "user" | "public";

export const unauthorized = () => new HttpError(401, "unauthorized", "Sign in first, or send a valid API token as `Authorization: Bearer <token>`.");

/** The role a route needs when it names none: members to change workspace data, anyone to read it. */
export function defaultRole(rule: AccessRule, method: string): RequiredRole {
  return rule === "workspace" && !SAFE_METHODS.has(method) ? "member" : "viewer";
}

export async function checkAccess(request: Request, rule: "public", role?: RequiredRole): Promise<null>;
export async function checkAccess(request: Request, rule: AccessRule, role?: RequiredRole): Promise<WorkspaceAccess | null>;
export async function checkAccess(request: Request, rule: AccessRule, role?: RequiredRole): Promise<WorkspaceAccess | null> {
  if (rule === "public") return null;
  const caller = await identify(request);
  if (!caller) throw unauthorized();
  // A browser cannot attach an Authorization header cross-site without a CORS preflight we never grant,
  // so only cookie-borne requests need the origin check.
  if (caller.via === "session" && !SAFE_METHODS.has(request.method) && isCrossSiteRequest(request)) {
    throw new HttpError(403, "cross-site", "Cross-site requests may not change data.");
  }
  const { workspace } = await resolveWorkspace(caller.userId, {
    header: request.headers.get(WORKSPACE_HEADER),
    cookie: readCookie(request.headers.get("cookie"), WORKSPACE_COOKIE),
  });
  await assertRole({ userId: caller.userId, role: workspace.role }, role ?? defaultRole(rule, request.method));
  return { kind: "workspace", userId: caller.userId, workspaceId: workspace.id, role: workspace.role, via: caller.via };
}

async function identify(request: Request): Promise<{ userId: string; via: "session" | "token" } | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const userId = match ? await findUserIdForApiToken(match[1]) : null;
    return userId ? { userId, via: "token" } : null; // a bad token is never silently replaced by a cookie
  }
  if (!request.headers.get("cookie")) return null;
  const userId = await getSessionUserId(request);
  return userId ? { userId, via: "session" } : null;
}

function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) {
      try {
        return decodeURIComponent(v.join("="));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** Share access reaches exactly one analysis; anything else is reported as missing, never as forbidden. */
export function assertAnalysisAccess(access: Access | null, analysisId: string): void {
  if (access?.kind === "share" && access.analysisId !== analysisId) throw notFound();
}
