import path from "node:path";
import type { PrismaConfig } from "prisma";

// The CLI runs with the bundled WebAssembly schema engine (engine "js"): the native
// engine download is unreachable offline. Migrations are applied by lib/db/migrate.ts.
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: process.env.PRISMA_CLI_SQLITE_URL ?? ":memory:" });
  },
} satisfies PrismaConfig;
