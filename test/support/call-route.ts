import { readdirSync, statSync } from "node:fs";
import path from "node:path";

// Calls the app/api route handler that serves a path, with the params Next would pass: the real handlers,
// the real database, no HTTP server.

const root = path.resolve(__dirname, "../..");
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type RouteCall = { method: string; path: string; body?: BodyInit; headers?: Record<string, string> };
export type RouteAuth = { cookie?: string; token?: string; workspaceId?: string };

function routeModules(dir = path.join(root, "app/api")): { file: string; pattern: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeModules(full);
    if (name !== "route.ts") return [];
    return [{ file: full, pattern: "/" + path.relative(root, path.dirname(full)).replace(/\\/g, "/").replace(/^app\//, "") }];
  });
}

export async function callRoute(c: RouteCall, auth: RouteAuth = {}): Promise<Response> {
  const url = new URL(c.path, "http://localhost:3000");
  // Static segments win over [params] (as in Next): try the most specific patterns first.
  const routes = routeModules().sort((a, b) => (a.pattern.match(/\[/g)?.length ?? 0) - (b.pattern.match(/\[/g)?.length ?? 0));
  for (const route of routes) {
    const names: string[] = [];
    const regex = new RegExp("^" + route.pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, n) => (names.push(n), "([^/]+)")) + "$");
    const match = regex.exec(url.pathname);
    if (!match) continue;
    const mod = (await import(/* @vite-ignore */ route.file)) as Record<string, Handler>;
    const handler = mod[c.method];
    if (!handler) throw new Error(`${c.method} ${route.pattern} is not exported`);
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.workspaceId) headers["x-workspace-id"] = auth.workspaceId;
    if (c.body !== undefined && !headers["content-type"]) headers["content-type"] = "application/json";
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
    return handler(new Request(url, { method: c.method, headers, body: c.body }), { params: Promise.resolve(params) });
  }
  throw new Error(`no route for ${c.path}`);
}
