import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// docs/benchmarks.md is written by several scripts: run-bench.ts owns the page, and each other script owns a
// block between `<!-- name:start … -->` and `<!-- name:end -->` that the others keep.
const FILE = path.resolve(import.meta.dirname, "../docs/benchmarks.md");

/** Replaces (or appends) the block `name` with `report`; `how` says which command writes it. */
export function writeMarkedBlock(name: string, how: string, report: string): void {
  const start = `<!-- ${name}:start (${how}) -->`;
  const end = `<!-- ${name}:end -->`;
  const doc = existsSync(FILE) ? readFileSync(FILE, "utf8") : "# Benchmarks\n";
  const block = `${start}\n${report}\n${end}`;
  const at = doc.indexOf(`<!-- ${name}:start`);
  const next = at >= 0 ? doc.slice(0, at) + block + doc.slice(doc.indexOf(end) + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, next);
}

/** Every marked block of the current page, to carry over when run-bench.ts rewrites it. */
export function readMarkedBlocks(): string[] {
  if (!existsSync(FILE)) return [];
  return [...readFileSync(FILE, "utf8").matchAll(/<!-- ([\w-]+):start[\s\S]*?<!-- \1:end -->/g)].map((m) => m[0]);
}
