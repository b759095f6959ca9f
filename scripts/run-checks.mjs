// `npm test` before the browser tests: the type check, the vitest projects and the production build, side by
// side. The database projects run their files one at a time and spend much of it waiting (leases lapsing,
// killed workers, PostgreSQL), so a 2-core machine has room for the rest. One after another they brought a
// slower host's CI past its 20-minute limit (vitest alone took 456 s there); side by side, all of it took 400 s.
// Each process's output is printed whole when it ends; the step fails if any fails. Arguments go to vitest.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const vitest = path.join(path.dirname(require.resolve("vitest/package.json")), "vitest.mjs"); // its bin
const tsc = require.resolve("typescript/bin/tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const args = process.argv.slice(2);

// With TEST_POSTGRES_URL the SQLite and PostgreSQL projects share nothing (each has its own database and data
// directory), so each project gets a vitest process. A file filter may leave one with nothing to run.
const projects = process.env.TEST_POSTGRES_URL
  ? [["--project", "db-sqlite"], ["--project", "db-postgres"], ["--project", "unit"]]
  : [[]];
const filter = args.length > 0 && projects.length > 1 ? ["--passWithNoTests", ...args] : args;
const tasks = [
  ...projects.map((project) => ({ name: `vitest ${project.join(" ")}`.trim(), command: process.execPath, argv: [vitest, "run", ...project, ...filter] })),
  { name: "type check", command: process.execPath, argv: [tsc, "--noEmit"] },
  // next build would type-check the same project again (next.config.js); a type error still fails the step.
  { name: "build", command: npm, argv: ["run", "--silent", "build"], env: { DISTILLSCOPE_TYPES_CHECKED: "1" } },
];

const children = [];
const runs = tasks.map(
  (task) =>
    new Promise((resolve) => {
      const started = performance.now();
      const child = spawn(task.command, task.argv, { env: { ...process.env, ...task.env }, stdio: tasks.length === 1 ? "inherit" : ["ignore", "pipe", "pipe"] });
      children.push(child);
      const output = [];
      child.stdout?.on("data", (chunk) => output.push(chunk));
      child.stderr?.on("data", (chunk) => output.push(chunk));
      child.on("close", (code, signal) => {
        const status = `${code === 0 ? "passed" : `FAILED (${signal ?? code})`} in ${((performance.now() - started) / 1000).toFixed(0)} s`;
        if (tasks.length > 1) process.stdout.write(Buffer.concat([Buffer.from(`\n── ${task.name} ──\n`), ...output, Buffer.from(`── ${task.name}: ${status} ──\n`)]));
        resolve(code ?? (signal ? 1 : 0));
      });
    }),
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => children.forEach((c) => c.kill(signal)));
const codes = await Promise.all(runs);
process.exit(codes.find((c) => c !== 0) ?? 0);
