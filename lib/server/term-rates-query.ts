import { z } from "zod";

/** The term-rates API's query string (workspace and share routes alike). */
export const termRatesQuery = z.object({ term: z.string().trim().min(1).max(200) });
