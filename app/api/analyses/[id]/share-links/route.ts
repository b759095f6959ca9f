import { z } from "zod";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { createShareLink, listShareLinks } from "@/lib/db/share-links/share-link-queries";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";
import { publicUrl } from "@/lib/server/public-origin";

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
    // DISTILLSCOPE_PUBLIC_URL when set, else the origin the browser used (not the address Next listens on).
    const url = publicUrl(request, `/s/${token}`);
    return json({ shareLink, token, url }, 201);
  },
);
