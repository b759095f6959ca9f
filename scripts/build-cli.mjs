// Builds the CLI (which is also the analysis worker) and the worker-thread task modules ahead of time into
// dist/, so nothing is transpiled at run time: `node dist/cli.js --help` starts in a few tens of milliseconds.
// Run by `npm run build` and by npm's postinstall. Usage: node scripts/build-cli.mjs [--outdir DIR] [--bench]
// (--bench also builds bench/bench-memory-once.ts and bench/bench-analysis-once.ts, which `npm run bench` runs
// as the CLI and the analysis worker run: from built code).
//
// Task modules are loaded by URL on worker threads (`new URL("./x.ts", import.meta.url)` in lib/). Each such
// module becomes an entry of its own, and the URL is rewritten to point at the built file. All outputs sit
// flat in one folder (chunks too), so a rewritten "./x.js" is right from whichever file the code ends up in.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { outdir: { type: "string", default: "dist" }, bench: { type: "boolean", default: false } } });
const outdir = path.resolve(root, values.outdir);
const COMMENT_LINE = /^\s*(\/\/|\*|\/\*).*$/gm;
const TASK_URL = /new URL\(\s*(["'])(\.{1,2}\/[^"']+)\.ts\1\s*,\s*import\.meta\.url\s*\)/g;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(full);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [full] : [];
  });
}

/** Every module some source file loads by URL: absolute path → output name (its file name, unique). */
function findTaskModules() {
  const tasks = new Map();
  for (const file of [...sourceFiles(path.join(root, "lib")), ...sourceFiles(path.join(root, "cli"))]) {
    const code = readFileSync(file, "utf8").replace(COMMENT_LINE, "");
    for (const m of code.matchAll(TASK_URL)) {
      const target = path.resolve(path.dirname(file), `${m[2]}.ts`);
      const name = path.basename(target, ".ts");
      const clash = [...tasks].find(([t, n]) => n === name && t !== target);
      if (clash) throw new Error(`Two task modules are both named ${name}: ${clash[0]} and ${target}. Rename one.`);
      tasks.set(target, name);
    }
  }
  return tasks;
}

const tasks = findTaskModules();
const rewriteTaskUrls = {
  name: "rewrite-task-urls",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = readFileSync(args.path, "utf8");
      if (source.search(TASK_URL) < 0) return undefined;
      const contents = source.replace(TASK_URL, (_, quote, rel) => {
        const name = tasks.get(path.resolve(path.dirname(args.path), `${rel}.ts`));
        return `new URL(${quote}./${name}.js${quote}, import.meta.url)`;
      });
      return { contents, loader: "ts" };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
await build({
  entryPoints: [
    { in: path.join(root, "cli/main.ts"), out: "cli" },
    ...[...tasks].map(([file, name]) => ({ in: file, out: name })),
    ...(values.bench
      ? [
          { in: path.join(root, "bench/bench-memory-once.ts"), out: "bench-memory" },
          { in: path.join(root, "bench/bench-analysis-once.ts"), out: "bench-analysis" },
        ]
      : []),
  ],
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  // Shared code goes to chunks loaded on demand: `--help` does not load the database client or the engine.
  splitting: true,
  chunkNames: "chunk-[hash]",
  target: "node20",
  packages: "external",
  sourcemap: true,
  tsconfig: path.join(root, "tsconfig.json"),
  define: { __DISTILLSCOPE_BUILD__: "true" },
  plugins: [rewriteTaskUrls],
  logLevel: "warning",
});
const ms = Math.round(performance.now() - started);
console.error(`built ${path.relative(root, outdir)}/cli.js and ${tasks.size} task modules in ${ms} ms`);
