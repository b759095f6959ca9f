// Writes a new migration for BOTH databases from the change since the last one:
//   npm run db:migration -- <name>
// Each migration folder keeps the schema it was made from (schema.prisma), so the next diff starts
// there and a test can tell when the schema has changed without a migration (drift).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name>");
  process.exit(2);
}
execFileSync("node", [join(root, "scripts/derive-postgres-schema.mjs")], { stdio: "inherit" });

const targets = [
  { dir: "prisma/migrations/sqlite", schema: "prisma/schema.prisma" },
  { dir: "prisma/migrations/postgres", schema: "prisma/postgres/schema.prisma" },
];
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

for (const { dir, schema } of targets) {
  const folder = join(root, dir);
  mkdirSync(folder, { recursive: true });
  const previous = readdirSync(folder).filter((f) => /^\d{14}_/.test(f)).sort().at(-1);
  const from = previous ? ["--from-schema-datamodel", join(folder, previous, "schema.prisma")] : ["--from-empty"];
  const sql = execFileSync(
    join(root, "node_modules/.bin/prisma"),
    ["migrate", "diff", ...from, "--to-schema-datamodel", join(root, schema), "--script"],
    { cwd: root, encoding: "utf8", env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } },
  );
  const body = sql.replace(/^Loaded Prisma config.*\n/m, "").trim();
  if (!body || body === "-- This is an empty migration.") {
    console.log(`${dir}: no changes`);
    continue;
  }
  const out = join(folder, `${stamp}_${name}`);
  if (existsSync(out)) throw new Error(`${out} exists`);
  mkdirSync(out);
  writeFileSync(join(out, "migration.sql"), body + "\n");
  writeFileSync(join(out, "schema.prisma"), readFileSync(join(root, schema), "utf8"));
  console.log(`wrote ${out}`);
}
