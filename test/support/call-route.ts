import { readdirSync, statSync } from "node:fs";
import path from "node:path";

// Database tests call the real route handlers the way Next does: a Request in, a Response out, with the
// route's params. The route is found on disk from the URL, so a test reads like an HTTP call.

const root = path.resolve(__dirname, "../..");
export const ORIGIN = "http://localhost:3000";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type Call = { method: string; path: string; body?: BodyInit; headers?: Record<string, string> };
export type Caller = { cookie?: string; token?: string; workspaceId?: string };

/** Every app/api route module with its URL pattern, e.g. /api/corpora/[id]. */
export function routeModules(dir = path.join(root, "app/api")): { file: string; pattern: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeModules(full);
    if (name !== "route.ts") return [];
    return [{ file: full, pattern: "/" + path.relative(root, path.dirname(full)).replace(/\\/g, "/").replace(/^app\//, "") }];
  });
}

/** Calls the handler that serves `c.path` (absolute URLs keep their host), as `caller`. */
export async function callRoute(c: Call, caller: Caller = {}): Promise<Response> {
  const url = new URL(c.path, ORIGIN);
  for (const route of routeModules()) {
    const names: string[] = [];
    const regex = new RegExp("^" + route.pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, n) => (names.push(n), "([^/]+)")) + "$");
    const match = regex.exec(url.pathname);
    if (!match) continue;
    const mod = (await import(/* @vite-ignore */ route.file)) as Record<string, Handler>;
    const handler = mod[c.method];
    if (!handler) throw new Error(`${c.method} ${route.pattern} is not exported`);
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    if (caller.cookie) headers.cookie = caller.cookie;
    if (caller.token) headers.authorization = `Bearer ${caller.token}`;
    if (caller.workspaceId) headers["x-workspace-id"] = caller.workspaceId;
    if (c.body !== undefined && !headers["content-type"]) headers["content-type"] = "application/json";
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
    return handler(new Request(url, { method: c.method, headers, body: c.body }), { params: Promise.resolve(params) });
  }
  throw new Error(`no route for ${c.path}`);
}

export const jsonBody = (value: unknown) => JSON.stringify(value);

export async function errorCode(res: Response): Promise<string | undefined> {
  return ((await res.clone().json()) as { error?: { code?: string } }).error?.code;
}
