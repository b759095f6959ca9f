import { createId } from "@/lib/ids";
import { wakeWorkers } from "@/lib/jobs/wake-workers";
import { getCorpus } from "@/lib/db/corpora/get-corpus";
import { iterateCorpusDocuments } from "@/lib/db/corpora/list-corpus-documents";
import { createCollectionRun } from "@/lib/db/collect/collection-runs";
import { getConnection } from "@/lib/db/collect/connections";
import { getPromptSet, listPromptSetPrompts } from "@/lib/db/collect/prompt-sets";
import { collectionSettingsSchema, type CollectionSettings, type PromptSource } from "./collection-settings";
import { getBuiltinPromptSet } from "./prompt-sets/builtin-prompt-sets";
import { MAX_PROMPTS, type PromptItem } from "./prompt-sets/read-prompt-file";
import { baseUrlSchema, modelIdSchema, providerSchema } from "./providers";

// Creates a queued collection run: the prompts are copied into the run (one row per prompt × sample), so a
// prompt set or corpus deleted later does not change what the run asks.

export class CollectionInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type PromptChoice = { kind: "builtin"; key: string } | { kind: "prompt-set"; id: string } | { kind: "corpus"; id: string } | { kind: "items"; name: string; prompts: PromptItem[] };

export type CollectionTarget = { connectionId: string; model?: string } | { provider: string; baseUrl: string; model: string };

export type CollectionRequest = {
  workspaceId: string;
  userId: string | null;
  target: CollectionTarget;
  prompts: PromptChoice;
  name?: string;
  settings?: unknown;
};

export async function createCollection(request: CollectionRequest): Promise<{ id: string; name: string; total: number }> {
  const endpoint = await resolveTarget(request.workspaceId, request.target);
  const { prompts, source } = await resolvePrompts(request.workspaceId, request.prompts);
  const parsed = collectionSettingsSchema.parse(request.settings ?? {});
  const settings: CollectionSettings = { ...parsed, concurrency: parsed.concurrency ?? endpoint.concurrency };
  if (prompts.length * settings.samples > 1_000_000) throw new CollectionInputError("too-many", `${prompts.length} prompts × ${settings.samples} samples is more than a million requests: use fewer samples or a smaller list.`);
  const id = createId("col");
  const name = request.name?.trim() || `${endpoint.model} · ${source.name}`;
  await createCollectionRun({ id, workspaceId: request.workspaceId, createdById: request.userId, connectionId: endpoint.connectionId, name, provider: endpoint.provider, baseUrl: endpoint.baseUrl, model: endpoint.model, settings, promptSource: source, prompts });
  await wakeWorkers();
  return { id, name, total: prompts.length * settings.samples };
}

async function resolveTarget(workspaceId: string, target: CollectionTarget) {
  if ("connectionId" in target) {
    const connection = await getConnection(workspaceId, target.connectionId);
    if (!connection) throw new CollectionInputError("unknown-connection", `No connection ${target.connectionId} in this workspace.`);
    return { connectionId: connection.id, provider: connection.provider, baseUrl: connection.baseUrl, model: modelIdSchema.parse(target.model ?? connection.model), concurrency: connection.concurrency };
  }
  return { connectionId: null, provider: providerSchema.parse(target.provider), baseUrl: baseUrlSchema.parse(target.baseUrl), model: modelIdSchema.parse(target.model), concurrency: 4 };
}

async function resolvePrompts(workspaceId: string, choice: PromptChoice): Promise<{ prompts: PromptItem[]; source: PromptSource }> {
  switch (choice.kind) {
    case "builtin": {
      const set = getBuiltinPromptSet(choice.key);
      if (!set) throw new CollectionInputError("unknown-prompt-set", `No built-in prompt set "${choice.key}".`);
      return { prompts: set.prompts.map((p) => ({ prompt: p.prompt, promptId: p.id })), source: { kind: "builtin", key: set.key, name: set.name, count: set.prompts.length } };
    }
    case "prompt-set": {
      const set = await getPromptSet(workspaceId, choice.id);
      if (!set) throw new CollectionInputError("unknown-prompt-set", `No prompt set ${choice.id} in this workspace.`);
      const prompts = await listPromptSetPrompts(set.id);
      return { prompts, source: { kind: "prompt-set", id: set.id, name: set.name, count: prompts.length } };
    }
    case "corpus": {
      const corpus = await getCorpus(workspaceId, choice.id);
      if (!corpus) throw new CollectionInputError("unknown-corpus", `No corpus ${choice.id} in this workspace.`);
      const prompts = await promptsOfCorpus(corpus.id);
      if (prompts.length === 0) {
        throw new CollectionInputError("no-prompts", `Corpus "${corpus.name}" has no prompts stored (its file had no instruction field), so there is nothing to ask. Upload a prompt list instead.`);
      }
      return { prompts, source: { kind: "corpus", id: corpus.id, name: `prompts of ${corpus.name}`, count: prompts.length } };
    }
    case "items":
      if (choice.prompts.length === 0) throw new CollectionInputError("no-prompts", "The prompt list is empty.");
      return { prompts: choice.prompts, source: { kind: "file", name: choice.name, count: choice.prompts.length } };
  }
}

/** "Ask these models what corpus Y was asked": each distinct prompt once, in the corpus' order, ids kept. */
export async function promptsOfCorpus(corpusId: string): Promise<PromptItem[]> {
  const seen = new Set<string>();
  const prompts: PromptItem[] = [];
  for await (const batch of iterateCorpusDocuments(corpusId)) {
    for (const d of batch) {
      if (!d.prompt?.trim()) continue;
      const key = d.promptId ?? d.prompt;
      if (seen.has(key)) continue;
      seen.add(key);
      prompts.push({ prompt: d.prompt, promptId: d.promptId });
      if (prompts.length >= MAX_PROMPTS) return prompts;
    }
  }
  return prompts;
}
