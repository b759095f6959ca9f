// `npm test`'s vitest step. Each database project runs its files one at a time (they share one database),
// and vitest runs all such files in one sequence, so the SQLite and PostgreSQL halves waited for each other
// although they share nothing (their own database and data directory). With TEST_POSTGRES_URL set, they run
// as two vitest processes side by side: 6 min instead of 8.3 on a 2-core machine. Each process's output is
// printed whole when it ends; the step fails if either fails. Arguments go to both.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const manifest = createRequire(import.meta.url).resolve("vitest/package.json");
const vitest = path.join(path.dirname(manifest), "vitest.mjs"); // its bin
const args = process.argv.slice(2);
const halves = process.env.TEST_POSTGRES_URL
  ? [
      ["--project", "db-sqlite"],
      ["--project", "unit", "--project", "db-postgres"],
    ]
  : [[]];
// A file filter may leave one half with nothing to run; that half then passes.
const passed = args.length > 0 && halves.length > 1 ? ["--passWithNoTests", ...args] : args;

const children = [];
const runs = halves.map(
  (projects) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [vitest, "run", ...projects, ...passed], { stdio: halves.length === 1 ? "inherit" : ["ignore", "pipe", "pipe"] });
      children.push(child);
      const output = [];
      child.stdout?.on("data", (chunk) => output.push(chunk));
      child.stderr?.on("data", (chunk) => output.push(chunk));
      child.on("close", (code, signal) => {
        if (output.length > 0) process.stdout.write(Buffer.concat([Buffer.from(`\n── vitest ${projects.join(" ")} ──\n`), ...output]));
        resolve(code ?? (signal ? 1 : 0));
      });
    }),
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => children.forEach((c) => c.kill(signal)));
const codes = await Promise.all(runs);
process.exit(codes.find((c) => c !== 0) ?? 0);
