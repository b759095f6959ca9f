import { z } from "zod";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { createShareLink, listShareLinks } from "@/lib/db/share-links/share-link-queries";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

const params = z.object({ id: z.string().min(1).max(100) });

export const GET = defineRoute({ access: "workspace", params }, async ({ params, access }) => {
  if (!(await getAnalysis(access.workspaceId, params.id))) throw notFound("No such analysis.");
  return json({ shareLinks: await listShareLinks(access.workspaceId, params.id) });
});

export const POST = defineRoute(
  { access: "workspace", params, body: z.object({ label: z.string().trim().max(200).optional(), expiresInDays: z.number().positive().max(3650).nullable().optional() }) },
  async ({ request, params, body, access }) => {
    const expiresAt = body.expiresInDays ? new Date(Date.now() + body.expiresInDays * 86_400_000) : null;
    const created = await createShareLink(access.workspaceId, params.id, { label: body.label || undefined, expiresAt, createdById: access.userId });
    if (!created) throw notFound("No such analysis.");
    const { shareLink, token } = created;
    const url = new URL(`/s/${token}`, request.url).toString();
    return json({ shareLink, token, url }, 201);
  },
);
