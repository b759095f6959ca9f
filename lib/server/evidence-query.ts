import { z } from "zod";

/** The evidence API's query string (workspace and share routes alike): one candidate–source pair, by name. */
export const evidenceQuery = z.object({ candidate: z.string().min(1).max(500), source: z.string().min(1).max(500) });
