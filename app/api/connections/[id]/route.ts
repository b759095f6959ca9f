import { z } from "zod";
import { deleteConnection, getConnection } from "@/lib/db/collect/connections";
import { changeConnection, connectionPatchSchema } from "@/lib/collect/save-connection";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";
import { connectionForRole, requireOwner } from "../connection-access";

const params = z.object({ id: z.string().min(1).max(100) });

export const GET = defineRoute({ access: "workspace", params }, async ({ params, access }) => {
  const connection = await getConnection(access.workspaceId, params.id);
  if (!connection) throw notFound("No such connection.");
  return json({ connection: connectionForRole(connection, access) });
});

export const PATCH = defineRoute({ access: "workspace", params, body: connectionPatchSchema }, async ({ params, body, access }) => {
  requireOwner(access);
  const connection = await changeConnection(access.workspaceId, params.id, body);
  if (!connection) throw notFound("No such connection.");
  return json({ connection: connectionForRole(connection, access) });
});

export const DELETE = defineRoute({ access: "workspace", params }, async ({ params, access }) => {
  requireOwner(access);
  if (!(await deleteConnection(access.workspaceId, params.id))) throw notFound("No such connection.");
  return new Response(null, { status: 204 });
});
