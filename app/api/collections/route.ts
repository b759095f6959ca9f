import { z } from "zod";
import { createCollection } from "@/lib/collect/create-collection";
import { listCollectionRuns } from "@/lib/db/collect/collection-runs";
import { defineRoute, json } from "@/lib/server/define-route";
import { asHttpErrors } from "./collection-errors";

export const GET = defineRoute({ access: "workspace" }, async ({ access }) => json({ collections: await listCollectionRuns(access.workspaceId) }));

const body = z.object({
  targets: z.array(z.object({ connectionId: z.string().min(1).max(100), model: z.string().trim().min(1).max(200).optional() })).min(1, "Pick at least one connection").max(12),
  prompts: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("builtin"), key: z.string().min(1).max(100) }),
    z.object({ kind: z.literal("prompt-set"), id: z.string().min(1).max(100) }),
    z.object({ kind: z.literal("corpus"), id: z.string().min(1).max(100) }),
  ]),
  name: z.string().trim().max(200).optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
});

/** One run per target (connection × model), each a job for the worker: nothing is asked on this request. */
export const POST = defineRoute({ access: "workspace", body }, async ({ body, access }) =>
  asHttpErrors(async () => {
    const collections = [];
    for (const target of body.targets) {
      const name = body.name && body.targets.length > 1 ? `${body.name} · ${target.model ?? target.connectionId}` : body.name;
      collections.push(await createCollection({ workspaceId: access.workspaceId, userId: access.userId, target, prompts: body.prompts, name, settings: body.settings }));
    }
    return json({ collections }, 202);
  }),
);
