import type { CollectionSettings, PromptSource } from "./collection-settings";

// Stored with a collected corpus (Corpus.provenance): how it was sampled, so anyone can judge or repeat it.

export type CollectionProvenance = {
  kind: "collection";
  runId: string;
  provider: string;
  baseUrl: string;
  model: string;
  temperature: number | null;
  maxTokens: number;
  systemPrompt: string;
  samples: number;
  concurrency: number;
  prompts: PromptSource;
  startedAt: string | null;
  finishedAt: string;
  text: "answer" | "reasoning";
  counts: { asked: number; answered: number; empty: number; refusals: number; failed: number; withReasoning: number; documents: number };
  tokens: { input: number; output: number };
};

export function parseProvenance(raw: string | null): CollectionProvenance | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as CollectionProvenance;
    return value?.kind === "collection" ? value : null;
  } catch {
    return null;
  }
}

export function settingsForProvenance(settings: CollectionSettings) {
  return { temperature: settings.temperature, maxTokens: settings.maxTokens, systemPrompt: settings.systemPrompt, samples: settings.samples, concurrency: settings.concurrency };
}
