import { z } from "zod";

/** What a user may set for an analysis (API, pages, CLI). Unset values take lib/analysis defaults. */
export const analysisOptionsSchema = z
  .object({
    mfw: z.number().int().min(10).max(3000).optional(),
    culling: z.number().min(0).max(1).optional(),
    bootstrap: z.number().int().min(0).max(1000).optional(),
    seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
    maxDocumentsPerCorpus: z.number().int().min(10).max(100_000).nullable().optional(),
    /** The user says the candidates are versions of one model: only then does the results page compare them. */
    candidatesAreVersions: z.boolean().optional(),
  })
  .strict()
  // An explicit undefined (a CLI flag not given) must not override the engine's default.
  .transform((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as typeof o);

export type AnalysisOptions = z.infer<typeof analysisOptionsSchema>;

export const newAnalysisSchema = z
  .object({
    name: z.string().trim().max(200).optional(),
    sourceIds: z.array(z.string().min(1).max(100)).min(2, "Pick at least two sources to compare against.").max(100),
    candidateIds: z.array(z.string().min(1).max(100)).min(1, "Pick at least one candidate.").max(100),
    options: analysisOptionsSchema.default({}),
  })
  .refine((v) => !v.sourceIds.some((id) => v.candidateIds.includes(id)), {
    message: "A corpus cannot be both a source and a candidate in one analysis.",
    path: ["candidateIds"],
  })
  .refine((v) => new Set(v.sourceIds).size === v.sourceIds.length && new Set(v.candidateIds).size === v.candidateIds.length, {
    message: "Each corpus may be listed once.",
  });

export type NewAnalysisInput = z.infer<typeof newAnalysisSchema>;
