import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BATCH_NODE_FLAGS } from "./batch-node-flags";

const scripts = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("BATCH_NODE_FLAGS", () => {
  it("are what `npm run cli` and `npm run worker` start node with", () => {
    const nodeArgs = (script: string) => script.slice(script.indexOf("node ") + 5, script.indexOf(" dist/cli.js")).split(" ");
    expect(nodeArgs(scripts.cli)).toEqual([...BATCH_NODE_FLAGS]);
    expect(nodeArgs(scripts.worker)).toEqual([...BATCH_NODE_FLAGS]);
  });

  it("are flags this node accepts, with worker threads collecting garbage under them", () => {
    // A node that no longer knows a flag refuses to start ("bad option"): the CLI and the worker would not run.
    const code = `
      const { Worker } = require("node:worker_threads");
      const w = new Worker("const a = []; for (let i = 0; i < 2e5; i++) a.push({ i }); globalThis.gc(); require('node:worker_threads').parentPort.postMessage(a.length)", { eval: true });
      w.on("message", (n) => { globalThis.gc(); process.stdout.write(String(n)); w.terminate(); });`;
    const child = spawnSync(process.execPath, [...BATCH_NODE_FLAGS, "--expose-gc", "-e", code], { encoding: "utf8" });
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout).toBe("200000");
  });
});
