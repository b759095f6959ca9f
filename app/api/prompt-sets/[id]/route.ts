import { z } from "zod";
import { getBuiltinPromptSet } from "@/lib/collect/prompt-sets/builtin-prompt-sets";
import { deletePromptSet, getPromptSet, listPromptSetPrompts } from "@/lib/db/collect/prompt-sets";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";

const params = z.object({ id: z.string().min(1).max(100) });
const PREVIEW = 200;

export const GET = defineRoute({ access: "workspace", params }, async ({ params, access }) => {
  if (params.id.startsWith("builtin:")) {
    const set = getBuiltinPromptSet(params.id.slice("builtin:".length));
    if (!set) throw notFound("No such prompt set.");
    return json({ promptSet: { id: params.id, name: set.name, promptCount: set.prompts.length, builtin: true }, prompts: set.prompts.slice(0, PREVIEW).map((p) => ({ prompt: p.prompt, promptId: p.id })) });
  }
  const set = await getPromptSet(access.workspaceId, params.id);
  if (!set) throw notFound("No such prompt set.");
  return json({ promptSet: set, prompts: await listPromptSetPrompts(set.id, { take: PREVIEW }) });
});

export const DELETE = defineRoute({ access: "workspace", params }, async ({ params, access }) => {
  if (params.id.startsWith("builtin:")) throw new HttpError(400, "builtin", "Built-in prompt sets cannot be deleted.");
  if (!(await deletePromptSet(access.workspaceId, params.id))) throw notFound("No such prompt set.");
  return new Response(null, { status: 204 });
});
