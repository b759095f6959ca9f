import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { BATCH_NODE_FLAGS } from "@/lib/jobs/batch-node-flags";
import { loadFileCorpus } from "@/lib/workflows/load-file-corpus";
import { loadSnippetDocuments } from "@/lib/workflows/snippet-documents";

// The CLI as `npm run build` makes it: plain JavaScript in one folder, its worker-thread task modules built
// beside it. Run with two threads, every task (fingerprints, classifier, bootstrap, calibration, alignment)
// must load its built module, and the result must be the one the TypeScript sources give inline. It runs
// with the node flags `npm run cli` gives it.
const root = path.resolve(import.meta.dirname, "..");
const outdir = path.join(root, "node_modules/.cache/distillscope-build-test");
const fixture = (name: string) => path.join(root, "e2e/fixtures", name);
const files = ["source-alpha.jsonl", "source-beta.jsonl", "candidate-gamma.jsonl"].map(fixture);
let dataDir = "";

const { VITEST: _vitest, ...parentEnv } = process.env;
const run = (...args: string[]) =>
  execFileSync(process.execPath, [...BATCH_NODE_FLAGS, path.join(outdir, "cli.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...parentEnv, DISTILLSCOPE_THREADS: "2", DATABASE_URL: `file:${path.join(dataDir, "cli.db")}`, DISTILLSCOPE_DATA_DIR: dataDir },
  });

describe("the built CLI", () => {
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "distillscope-build-test-"));
    execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs"), "--outdir", outdir], { cwd: root, stdio: "pipe" });
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("prints its usage", () => {
    expect(run("--help")).toContain("analyze --source <file|corpus>");
  });

  it("analyses on worker threads from the built task modules, as the sources do inline", async () => {
    const out = JSON.parse(run("analyze", "--source", files[0], "--source", files[1], "--candidate", files[2], "--bootstrap", "20", "--json"));
    const corpora = await Promise.all(files.map((f) => loadFileCorpus(f)));
    const inline = await analyze({ sources: corpora.slice(0, 2), candidates: corpora.slice(2), params: { bootstrap: 20 }, getDocuments: loadSnippetDocuments });
    // identity statements come from the CLI's own pass over the texts (lib/identity), not from analyze()
    const strip = ({ createdAt: _c, timings: _t, identity: _i, ...rest }: { createdAt: string; timings: unknown; identity?: unknown }) => rest;
    expect(out.identity).toBeDefined();
    expect(out.candidates[0].ranking).toHaveLength(2);
    expect(strip(out)).toEqual(JSON.parse(JSON.stringify(strip(inline))));
  }, 120_000);
});
