import { getDatabaseTarget } from "./client";

/** A case-insensitive "contains" filter on both databases (SQLite LIKE is already case-insensitive for ASCII). */
export function containsText(query: string): { contains: string } {
  if (getDatabaseTarget().provider === "postgres") return { contains: query, mode: "insensitive" } as { contains: string };
  return { contains: query };
}
