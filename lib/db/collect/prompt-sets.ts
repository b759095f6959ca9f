import type { PromptItem } from "@/lib/collect/prompt-sets/read-prompt-file";
import { getDb } from "../client";
import { workspaceScope } from "../workspace-scope";

export type PromptSetView = { id: string; name: string; fileName: string | null; promptCount: number; createdAt: Date };

const BATCH = 1000;

/** Written in one transaction: a prompt set is there whole or not at all. */
export async function createPromptSet(input: { id: string; workspaceId: string; createdById: string | null; name: string; fileName: string | null; prompts: PromptItem[] }): Promise<PromptSetView> {
  const db = await getDb();
  const { prompts, ...fields } = input;
  await db.$transaction(async (tx) => {
    await tx.promptSet.create({ data: { ...fields, promptCount: prompts.length } });
    for (let i = 0; i < prompts.length; i += BATCH) {
      await tx.promptSetPrompt.createMany({ data: prompts.slice(i, i + BATCH).map((p, j) => ({ promptSetId: input.id, ordinal: i + j, prompt: p.prompt, promptId: p.promptId })) });
    }
  }, { timeout: 120_000 });
  return { id: input.id, name: input.name, fileName: input.fileName, promptCount: prompts.length, createdAt: new Date() };
}

export async function listPromptSets(workspaceId: string): Promise<PromptSetView[]> {
  const db = await getDb();
  return db.promptSet.findMany({ where: { workspaceId: workspaceScope(workspaceId) }, select: { id: true, name: true, fileName: true, promptCount: true, createdAt: true }, orderBy: { createdAt: "desc" } });
}

export async function getPromptSet(workspaceId: string, id: string): Promise<PromptSetView | null> {
  const db = await getDb();
  return db.promptSet.findFirst({ where: { id, workspaceId: workspaceScope(workspaceId) }, select: { id: true, name: true, fileName: true, promptCount: true, createdAt: true } });
}

export async function listPromptSetPrompts(promptSetId: string, opts: { take?: number } = {}): Promise<PromptItem[]> {
  const db = await getDb();
  return db.promptSetPrompt.findMany({ where: { promptSetId }, orderBy: { ordinal: "asc" }, take: opts.take, select: { prompt: true, promptId: true } });
}

export async function deletePromptSet(workspaceId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.promptSet.deleteMany({ where: { id, workspaceId: workspaceScope(workspaceId) } });
  return count > 0;
}
