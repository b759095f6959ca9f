import { z } from "zod";
import { checkAccess, type AccessRule, type WorkspaceAccess } from "./access";
import { toErrorBody } from "./http-error";
import type { RequiredRole } from "./permissions";
import { withSecurityHeaders } from "./security-headers";

// Every route handler has the same shape (umami style): validate with zod, check access, call a thin
// lib module, return JSON. Handlers never build error responses themselves: they throw.

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

type Spec<R extends AccessRule, P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  access: R;
  /** The least role the caller needs (permissions.ts). Default: member for writes to workspace data, else any. */
  role?: RequiredRole;
  params?: P;
  query?: Q;
  /** A JSON body schema. Omit for routes that read the raw body themselves. */
  body?: B;
};

type Input<R extends AccessRule, P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  request: Request;
  params: z.infer<P>;
  query: z.infer<Q>;
  body: z.infer<B>;
  /** Who asks and in which workspace; null only on public routes. */
  access: R extends "public" ? null : WorkspaceAccess;
};

const empty = z.object({});

export function defineRoute<R extends AccessRule, P extends z.ZodType = typeof empty, Q extends z.ZodType = typeof empty, B extends z.ZodType = typeof empty>(
  spec: Spec<R, P, Q, B>,
  handler: (input: Input<R, P, Q, B>) => Promise<Response>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    try {
      const access = await checkAccess(request, spec.access, spec.role);
      const params = (spec.params ?? empty).parse((await context?.params) ?? {});
      const query = (spec.query ?? empty).parse(Object.fromEntries(new URL(request.url).searchParams));
      const body = spec.body ? spec.body.parse(await readJson(request)) : {};
      return withSecurityHeaders(request, await handler({ request, params, query, body, access } as Input<R, P, Q, B>));
    } catch (error) {
      const { status, body } = toErrorBody(error);
      const retryAfter = body.error.retryAfterSeconds;
      return withSecurityHeaders(request, Response.json(body, { status, headers: typeof retryAfter === "number" ? { "retry-after": String(retryAfter) } : undefined }));
    }
  };
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new z.ZodError([{ code: "custom", path: [], message: "The request body is not valid JSON.", input: text.slice(0, 100) }]);
  }
}

export const json = (data: unknown, status = 200) => Response.json(data, { status });
