// Derives prisma/postgres/schema.prisma from the SQLite source schema.
// `--check` exits 1 when the committed derived schema has drifted.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = readFileSync(join(root, "prisma/schema.prisma"), "utf8");
const target = join(root, "prisma/postgres/schema.prisma");

export function derivePostgresSchema(text) {
  return text
    .replace(/^\/\/ Source of truth[\s\S]*?\n\n/, "// GENERATED from prisma/schema.prisma by scripts/derive-postgres-schema.mjs. Do not edit.\n\n")
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:../data/distillscope.db"', 'url      = "postgresql://localhost:5432/distillscope"')
    .replace('output     = "../lib/db/generated/sqlite"', 'output     = "../../lib/db/generated/postgres"');
}

const derived = derivePostgresSchema(source);
if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== derived) {
    console.error("prisma/postgres/schema.prisma is out of date: run `npm run db:generate`.");
    process.exit(1);
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, derived);
}
