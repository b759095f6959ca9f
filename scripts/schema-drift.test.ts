import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const read = (p: string) => readFileSync(path.join(root, p), "utf8");

function latestSnapshot(provider: "sqlite" | "postgres"): string {
  const dir = path.join(root, "prisma/migrations", provider);
  const last = readdirSync(dir).filter((f) => /^\d{14}_/.test(f)).sort().at(-1);
  if (!last) throw new Error(`no migrations for ${provider}`);
  return readFileSync(path.join(dir, last, "schema.prisma"), "utf8");
}

describe("schema and migrations stay in step", () => {
  it("the PostgreSQL schema is derived from the SQLite one", () => {
    // --check exits non-zero (and execFileSync throws) when the committed copy differs
    expect(() => execFileSync("node", [path.join(root, "scripts/derive-postgres-schema.mjs"), "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it.each(["sqlite", "postgres"] as const)("the newest %s migration was made from the current schema", (provider) => {
    const schema = read(provider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgres/schema.prisma");
    expect(latestSnapshot(provider), "schema changed without a migration: run `npm run db:migration -- <name>`").toBe(schema);
  });

  it("both databases have the same migrations", () => {
    const names = (p: string) => readdirSync(path.join(root, "prisma/migrations", p)).filter((f) => /^\d{14}_/.test(f)).sort();
    expect(names("postgres")).toEqual(names("sqlite"));
  });
});
