import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// The CLI as a user runs it: a separate process against the test database (DATABASE_URL from the project).
const root = path.resolve(__dirname, "..");
const fixture = (name: string) => path.join(root, "e2e/fixtures", name);
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "cli/main.ts"), ...args], {
      cwd: root,
      env: process.env,
      maxBuffer: 1 << 26,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe(`cli (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("ingests a file and lists it as JSON", async () => {
    const ingest = await run("ingest", fixture("source-alpha.jsonl"), "--name", "cli-alpha", "--json");
    expect(ingest.code).toBe(0);
    const created = JSON.parse(ingest.stdout).corpora[0];
    expect(created).toMatchObject({ name: "cli-alpha", model: "source-alpha", status: "ready" });
    const listed = await run("corpora", "--json");
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).corpora.map((c: { id: string }) => c.id)).toContain(created.id);
  });

  it("fails with a non-zero status and the reason on stderr", async () => {
    const bad = await run("ingest", fixture("malformed.jsonl"));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/malformed\.jsonl: .*lines 5, 12, 20/);
    const missing = await run("ingest", fixture("does-not-exist.jsonl"));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("does-not-exist.jsonl");
  });

  it("refuses to analyse a file with no records, as an upload of it is refused", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cli-empty-"));
    try {
      const empty = path.join(dir, "empty.json");
      writeFileSync(empty, "[]\n");
      const out = await run("analyze", "--source", empty, "--source", fixture("source-beta.jsonl"), "--candidate", fixture("candidate-gamma.jsonl"), "--json");
      expect(out.code).not.toBe(0);
      expect(out.stderr).toContain("empty.json contained no records. Check that the file is not empty and that the format is right.");
      expect(out.stdout).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("analyzes files and prints the documented JSON, best source first, with the form question beside it", async () => {
    const out = await run(
      "analyze",
      "--source", fixture("source-alpha.jsonl"),
      "--source", fixture("source-beta.jsonl"),
      "--candidate", fixture("candidate-gamma.jsonl"),
      "--bootstrap", "20",
      "--json",
    );
    expect(out.code, out.stderr).toBe(0);
    const result = JSON.parse(out.stdout);
    const [candidate] = result.candidates;
    expect(candidate.name).toBe("candidate-gamma");
    expect(candidate.ranking.map((r: { source: string }) => r.source).sort()).toEqual(["source-alpha", "source-beta"]);
    for (const r of candidate.ranking) expect(r.low).toBeLessThanOrEqual(r.high);
    const scores = candidate.ranking.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // gamma was written in beta's style, in different words (e2e/fixtures/make-fixtures.ts): its form is beta's
    expect(candidate.kinship.ranking[0].source).toBe("source-beta");
    expect(candidate.inheritance.ranking).toEqual(candidate.ranking);
    // its vocabulary is its own: the inheritance question names no source, and neither does the verdict
    expect(candidate.verdict.status).toBe("inconclusive");
    expect(candidate.reading.agree).toBe(true);
    expect(candidate.reading.text).toMatch(/distinctive vocabulary (does not single|singles) out any source/);
    expect(candidate.verdict.confidence).toBeGreaterThanOrEqual(0);
    expect(candidate.verdict.confidence).toBeLessThanOrEqual(1);
  });

  it("warns in its text output about a candidate whose prompts the sources never answered", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cli-off-prompt-"));
    try {
      const lines = readFileSync(fixture("candidate-gamma.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { prompt_id: string; prompt: string });
      const file = path.join(dir, "gamma-elsewhere.jsonl");
      writeFileSync(file, lines.map((l) => JSON.stringify({ ...l, prompt_id: `other-${l.prompt_id}`, prompt: `${l.prompt} (asked elsewhere)` })).join("\n") + "\n");
      const args = ["analyze", "--source", fixture("source-alpha.jsonl"), "--source", fixture("source-beta.jsonl"), "--candidate", fixture("candidate-gamma.jsonl"), "--candidate", file, "--bootstrap", "10"];
      const out = await run(...args);
      expect(out.code, out.stderr).toBe(0);
      const [onPrompts, elsewhere] = out.stdout.split("\nCandidate ").slice(1);
      expect(onPrompts).toMatch(/^candidate-gamma:/);
      expect(onPrompts).not.toContain("Warning:");
      expect(elsewhere).toMatch(/^candidate-gamma \(2\):/); // the model its records name
      expect(elsewhere).toContain("Warning: None of its 40 sampled documents answers a prompt the sources answered");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports what the files' answers say of themselves: a candidate calling itself by another name", async () => {
    // gamma, with three answers that introduce themselves as another lab's model
    const dir = mkdtempSync(path.join(tmpdir(), "cli-identity-"));
    try {
      const lines = readFileSync(fixture("candidate-gamma.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { response: string });
      lines.slice(0, 3).forEach((l) => (l.response = `I am Vela-3 Turbo, a large language model trained by Northwind AI. ${l.response}`));
      const file = path.join(dir, "gamma-says.jsonl");
      writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
      const out = await run("analyze", "--source", fixture("source-alpha.jsonl"), "--source", fixture("source-beta.jsonl"), "--candidate", file, "--bootstrap", "10", "--json");
      expect(out.code, out.stderr).toBe(0);
      const { identity } = JSON.parse(out.stdout) as { identity: { corpora: { role: string; documents: number; documentsWithStatements: number; claims: { value: string }[] }[] } };
      const [alpha, , gamma] = identity.corpora;
      expect(alpha).toMatchObject({ role: "source", documents: 40, documentsWithStatements: 0 });
      expect(gamma).toMatchObject({ role: "candidate", documents: lines.length, documentsWithStatements: 3 });
      expect(gamma.claims.map((c) => c.value)).toEqual(expect.arrayContaining(["Vela-3 Turbo", "Northwind AI"]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
