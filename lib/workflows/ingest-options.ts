import { z } from "zod";

const fieldMapping = z.object({
  text: z.string().min(1),
  prompt: z.string().min(1).optional(),
  promptInput: z.string().min(1).optional(),
  promptId: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
});

export const ingestFormatSchema = z.enum(["jsonl", "json-array", "openai-chat", "openai-batch", "sharegpt", "lmsys-chat", "csv", "tsv", "text"]);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/** What the user may choose for an ingest: shared by the upload page, the API and the CLI. */
export const ingestOptionsSchema = z.object({
  name: optionalText(200),
  model: optionalText(200),
  provider: optionalText(200),
  version: optionalText(100),
  notes: optionalText(5000),
  format: ingestFormatSchema.optional(),
  mapping: fieldMapping.optional(),
  splitByModel: z.boolean().default(false),
  skipBadRecords: z.boolean().default(false),
});

export type IngestOptions = z.infer<typeof ingestOptionsSchema>;
export type IngestOptionsInput = z.input<typeof ingestOptionsSchema>;
