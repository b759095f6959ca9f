import { z } from "zod";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { defineRoute } from "@/lib/server/define-route";
import { exportResponse } from "@/lib/server/export-response";
import { notFound } from "@/lib/server/http-error";

export const GET = defineRoute(
  { access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), query: z.object({ format: z.enum(["json", "csv"]).default("json"), table: z.string().optional() }) },
  async ({ params, query, access }) => {
    const analysis = await getAnalysis(access.workspaceId, params.id);
    if (!analysis) throw notFound("No such analysis.");
    return exportResponse(analysis, query.format, query.table);
  },
);
