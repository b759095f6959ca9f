import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Issue 9 item 5 and issue 14 finding 8: `cli … --json | jq .` must get the whole JSON (process.exit used
// to cut a large result short when stdout is a pipe), and with --json an error is JSON on stderr with the
// exit code. The CLI runs as its own process; its stdout and stderr are real pipes read by this test.

const root = path.resolve(__dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "cli-json-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI with stdout/stderr as pipes; reads them slowly, as a pager or jq on a busy machine would. */
function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "cli/main.ts"), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}`, DISTILLSCOPE_DATA_DIR: dir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 500); // the child finishes writing before anyone reads
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

const WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu amber basil cedar dune ember fern grove heath iris jade kelp lotus moss nettle".split(" ");

/** A corpus file whose documents favour their own slice of the vocabulary (so evidence is plentiful). */
function corpusFile(name: string, seed: number, docs = 60): string {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = Array.from({ length: docs }, (_, i) => {
    const words = Array.from({ length: 120 }, () => (next() < 0.5 ? WORDS[(seed * 3 + Math.floor(next() * 6)) % WORDS.length] : WORDS[Math.floor(next() * WORDS.length)]));
    return JSON.stringify({ prompt_id: `p${i}`, prompt: `Question ${i}?`, output: `${words.join(" ")}.`, model: name });
  });
  const file = path.join(dir, `${name}.jsonl`);
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

describe("cli --json output", () => {
  it("writes a large analysis result (over 1 MB) completely through a pipe", async () => {
    const sources = Array.from({ length: 10 }, (_, i) => corpusFile(`source-${i}`, i + 1));
    const candidates = Array.from({ length: 10 }, (_, i) => corpusFile(`candidate-${i}`, i + 1 + (i % 2) * 4));
    const args = ["analyze", ...sources.flatMap((s) => ["--source", s]), ...candidates.flatMap((c) => ["--candidate", c]), "--bootstrap", "10", "--json"];
    const run = await runCli(args);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(1024 * 1024);
    const result = JSON.parse(run.stdout) as { candidates: { name: string }[]; sources: string[] };
    expect(result.candidates.map((c) => c.name)).toEqual(candidates.map((c) => path.basename(c, ".jsonl")));
    expect(result.sources).toHaveLength(10);
  }, 240_000);

  it("writes a large ingest report (every skipped record) completely through a pipe", async () => {
    const bad = Array.from({ length: 20_000 }, (_, i) => `{"output": ${i}}`);
    const file = path.join(dir, "mostly-bad.jsonl");
    writeFileSync(file, ['{"output":"the one good answer"}', ...bad].join("\n") + "\n");
    const run = await runCli(["ingest", file, "--skip-bad-records", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(1024 * 1024);
    const report = JSON.parse(run.stdout) as { corpora: { documentCount: number }[]; skipped: { line: number }[] };
    expect(report.corpora[0].documentCount).toBe(1);
    expect(report.skipped).toHaveLength(20_000);
    expect(report.skipped.at(-1)?.line).toBe(20_001);
  }, 120_000);

  it("with --json, reports errors as JSON on stderr with the exit code, and prints nothing on stdout", async () => {
    const usage = await runCli(["analyze", "--source", "x.jsonl", "--json"]);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe("");
    expect(JSON.parse(usage.stderr)).toEqual({ error: { code: "usage", message: expect.stringContaining("at least two --source"), exitCode: 2 } });

    const file = path.join(dir, "numbers.jsonl");
    writeFileSync(file, '{"output":"fine"}\n{"output":42}\n');
    const ingest = await runCli(["ingest", file, "--json"]);
    expect(ingest.code).toBe(1);
    expect(JSON.parse(ingest.stderr)).toEqual({
      error: { code: "no-response-field", message: expect.stringContaining("numbers.jsonl"), file: "numbers.jsonl", lines: [2], count: 1, exitCode: 1 },
    });

    const unknown = await runCli(["frobnicate", "--json"]);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stderr).error.code).toBe("usage");
  }, 120_000);

  it("refuses to start on a bad environment value, naming it (as JSON with --json)", async () => {
    const plain = await runCli(["corpora"], { DISTILLSCOPE_UPLOADS_PER_HOUR: "lots" });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('DISTILLSCOPE_UPLOADS_PER_HOUR="lots": must be a whole number above 0');
    const json = await runCli(["corpora", "--json"], { DISTILLSCOPE_TRUST_PROXY: "maybe" });
    expect(json.code).toBe(2);
    const { error } = JSON.parse(json.stderr) as { error: { code: string; message: string; variables: { name: string }[] } };
    expect(error.code).toBe("invalid-environment");
    expect(error.variables.map((v) => v.name)).toEqual(["DISTILLSCOPE_TRUST_PROXY"]);
  }, 60_000);
});
