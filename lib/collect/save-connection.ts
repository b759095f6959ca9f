import { z } from "zod";
import { createId } from "@/lib/ids";
import { createConnection, updateConnection, type ConnectionView } from "@/lib/db/collect/connections";
import { encryptApiKey, keyHint } from "./api-key-cipher";
import { baseUrlSchema, DEFAULT_BASE_URLS, KEY_REQUIRED, modelIdSchema, providerSchema } from "./providers";

// Owners add and change connections; the key is sealed here (web process) and opened only by the worker.

export const connectionInputSchema = z
  .object({
    name: z.string().trim().min(1, "Give the connection a name").max(100),
    provider: providerSchema.default("openai-compatible"),
    baseUrl: z.string().trim().optional(),
    model: modelIdSchema,
    concurrency: z.coerce.number().int().min(1).max(64).default(4),
    apiKey: z.string().trim().max(4000).optional(),
  })
  .transform((v) => ({ ...v, baseUrl: baseUrlSchema.parse(v.baseUrl || DEFAULT_BASE_URLS[v.provider]), apiKey: v.apiKey || undefined }))
  .refine((v) => !KEY_REQUIRED[v.provider] || v.apiKey, { message: "This provider needs an API key", path: ["apiKey"] });

export type ConnectionInput = z.input<typeof connectionInputSchema>;

export async function addConnection(workspaceId: string, userId: string | null, input: ConnectionInput): Promise<ConnectionView> {
  const { apiKey, ...fields } = connectionInputSchema.parse(input);
  const id = createId("con");
  const sealed = apiKey ? { keyCipher: encryptApiKey(apiKey, { workspaceId, connectionId: id }), keyHint: keyHint(apiKey) } : { keyCipher: null, keyHint: null };
  return createConnection({ ...fields, ...sealed, id, workspaceId, createdById: userId });
}

export const connectionPatchSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  baseUrl: baseUrlSchema.optional(),
  model: modelIdSchema.optional(),
  concurrency: z.coerce.number().int().min(1).max(64).optional(),
  /** A new key; "" or null removes the stored one; absent keeps it. */
  apiKey: z.string().trim().max(4000).nullable().optional(),
});

export async function changeConnection(workspaceId: string, id: string, patch: z.infer<typeof connectionPatchSchema>): Promise<ConnectionView | null> {
  const { apiKey, ...fields } = patch;
  const key = apiKey === undefined ? undefined : apiKey ? { keyCipher: encryptApiKey(apiKey, { workspaceId, connectionId: id }), keyHint: keyHint(apiKey) } : null;
  return updateConnection(workspaceId, id, fields, key);
}
