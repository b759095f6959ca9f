import { findUserIdForApiToken } from "@/lib/db/accounts/api-tokens";
import { getMembershipRole, listUserWorkspaces, type Role } from "@/lib/db/accounts/workspaces";
import { getAuth } from "./auth/auth";
import { isCrossSiteRequest } from "./csrf";
import { HttpError, notFound } from "./http-error";
import { WORKSPACE_COOKIE, WORKSPACE_HEADER } from "./workspace-cookie";

// Who is asking, and what they may reach. A request is signed in by a session cookie (better-auth) or by
// `Authorization: Bearer <personal API token>`. Every workspace rule resolves one workspace the caller is a
// member of: the x-workspace-id header, else the workspace cookie, else the caller's first workspace.
// Routes never see another workspace's id: they scope every query by access.workspaceId.

export type WorkspaceAccess = { kind: "workspace"; userId: string; workspaceId: string; role: Role; via: "session" | "token" };
export type Access = WorkspaceAccess | { kind: "share"; analysisId: string };

/** workspace: members (viewers read only); user: any signed-in user (viewers too); public: anyone. */
export type AccessRule = "workspace" | "user" | "public";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const unauthorized = () => new HttpError(401, "unauthorized", "Sign in first, or send a valid API token as `Authorization: Bearer <token>`.");

export async function checkAccess(request: Request, rule: "public"): Promise<null>;
export async function checkAccess(request: Request, rule: AccessRule): Promise<WorkspaceAccess | null>;
export async function checkAccess(request: Request, rule: AccessRule): Promise<WorkspaceAccess | null> {
  if (rule === "public") return null;
  const caller = await identify(request);
  if (!caller) throw unauthorized();
  // A browser cannot attach an Authorization header cross-site without a CORS preflight we never grant,
  // so only cookie-borne requests need the origin check.
  if (caller.via === "session" && !SAFE_METHODS.has(request.method) && isCrossSiteRequest(request)) {
    throw new HttpError(403, "cross-site", "Cross-site requests may not change data.");
  }
  const { workspaceId, role } = await resolveWorkspace(caller.userId, request);
  if (rule === "workspace" && role === "viewer" && !SAFE_METHODS.has(request.method)) {
    throw new HttpError(403, "read-only", "Viewers can look but not change anything in this workspace. Ask an owner for the member role.");
  }
  return { kind: "workspace", userId: caller.userId, workspaceId, role, via: caller.via };
}

async function identify(request: Request): Promise<{ userId: string; via: "session" | "token" } | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const userId = match ? await findUserIdForApiToken(match[1]) : null;
    return userId ? { userId, via: "token" } : null; // a bad token is never silently replaced by a cookie
  }
  if (!request.headers.get("cookie")) return null;
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: request.headers });
  return session ? { userId: session.user.id, via: "session" } : null;
}

async function resolveWorkspace(userId: string, request: Request): Promise<{ workspaceId: string; role: Role }> {
  const asked = request.headers.get(WORKSPACE_HEADER);
  if (asked) {
    const role = await getMembershipRole(userId, asked);
    if (!role) throw notFound("No such workspace.");
    return { workspaceId: asked, role };
  }
  const cookie = readCookie(request.headers.get("cookie"), WORKSPACE_COOKIE);
  if (cookie) {
    const role = await getMembershipRole(userId, cookie);
    if (role) return { workspaceId: cookie, role }; // a stale cookie (membership removed) falls through
  }
  const [first] = await listUserWorkspaces(userId);
  if (!first) throw new HttpError(403, "no-workspace", "You are not a member of any workspace. Ask an owner to add you.");
  return { workspaceId: first.id, role: first.role };
}

function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}

/** Share access reaches exactly one analysis; anything else is reported as missing, never as forbidden. */
export function assertAnalysisAccess(access: Access | null, analysisId: string): void {
  if (access?.kind === "share" && access.analysisId !== analysisId) throw notFound();
}
