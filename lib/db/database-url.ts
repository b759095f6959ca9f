import path from "node:path";
import { getEnv } from "@/lib/env";

export type DatabaseTarget = { provider: "sqlite"; file: string } | { provider: "postgres"; url: string };

/** Where the data lives: PostgreSQL when DATABASE_URL says so, else the embedded SQLite file. */
export function resolveDatabase(url = getEnv().DATABASE_URL): DatabaseTarget {
  if (url && /^postgres(ql)?:\/\//.test(url)) return { provider: "postgres", url };
  if (url?.startsWith("file:")) return { provider: "sqlite", file: path.resolve(url.slice("file:".length)) };
  return { provider: "sqlite", file: path.resolve(getEnv().DISTILLSCOPE_DATA_DIR, "distillscope.db") };
}
