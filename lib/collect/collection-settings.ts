import { z } from "zod";

// How a model is sampled. Recorded with the run and, when it finishes, with the corpus (provenance).

export const collectionSettingsSchema = z.object({
  samples: z.coerce.number().int().min(1, "samples must be at least 1").max(50, "at most 50 samples per prompt").default(1),
  /** null: the provider's default. */
  temperature: z.coerce.number().min(0).max(2).nullable().default(null),
  maxTokens: z.coerce.number().int().min(1).max(200_000).default(1024),
  systemPrompt: z.string().max(20_000).default(""),
  /** Requests in flight at once; the connection's setting unless given. */
  concurrency: z.coerce.number().int().min(1).max(64).optional(),
  budget: z
    .object({
      requests: z.coerce.number().int().min(1).nullable().default(null),
      tokens: z.coerce.number().int().min(1).nullable().default(null),
    })
    .default({ requests: null, tokens: null }),
  /** A request is abandoned (and retried) when the server sends nothing for this long. */
  timeoutSeconds: z.coerce.number().min(0.1).max(3600).default(120),
  maxAttempts: z.coerce.number().int().min(1).max(20).default(6),
  /** First backoff step after a 5xx, timeout or dropped connection; doubles each attempt, at most 60 s. */
  retryBaseMs: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** Also make a corpus of the reasoning text (the answer corpus is always made). */
  reasoningCorpus: z.boolean().default(false),
});

export type CollectionSettings = z.infer<typeof collectionSettingsSchema> & { concurrency: number };

export type PromptSource =
  | { kind: "builtin"; key: string; name: string; count: number }
  | { kind: "prompt-set"; id: string; name: string; count: number }
  | { kind: "corpus"; id: string; name: string; count: number }
  | { kind: "file"; name: string; count: number };
