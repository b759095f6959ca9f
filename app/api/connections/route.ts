import { listConnections } from "@/lib/db/collect/connections";
import { addConnection, connectionInputSchema } from "@/lib/collect/save-connection";
import { defineRoute, json } from "@/lib/server/define-route";
import { connectionForRole, requireOwner } from "./connection-access";

export const GET = defineRoute({ access: "workspace" }, async ({ access }) =>
  json({ connections: (await listConnections(access.workspaceId)).map((c) => connectionForRole(c, access)), canManage: access.role === "owner" }),
);

export const POST = defineRoute({ access: "workspace", body: connectionInputSchema }, async ({ body, access }) => {
  requireOwner(access);
  const connection = await addConnection(access.workspaceId, access.userId, body);
  return json({ connection: connectionForRole(connection, access) }, 201);
});
