import { z } from "zod";

/** The concordance API's query string (workspace and share routes alike). */
export const concordanceQuery = z.object({
  corpus: z.string().min(1).max(100),
  term: z.string().trim().min(1).max(200),
  sort: z.enum(["document", "left", "right"]).default("document"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(10),
});
