import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeModelServer, type FakeModelServer } from "@/test/support/fake-model-server";
import { collectPrompts, fixtureAnswer } from "@/test/support/collect-fixtures";

// `cli collect` as a user runs it: a separate process, a loopback model server, the test database.
const root = path.resolve(__dirname, "..");
const KEY = "sk-cli-secret-0123456789abcdef";
let server: FakeModelServer;

const run = async (args: string[], env: Record<string, string> = {}) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "cli/main.ts"), ...args], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

beforeAll(async () => {
  server = await startFakeModelServer({ apiKey: KEY, answer: fixtureAnswer, fault: ({ prompt, attempt }) => (attempt === 0 && prompt.includes("topic 3.") ? { kind: "429", retryAfterSeconds: 1 } : null) });
});
afterAll(() => server.close());

// Each test starts one or two CLI processes: slow to start on a loaded machine, hence the roomy timeout.
describe(`cli collect (${process.env.DISTILLSCOPE_TEST_DB})`, { timeout: 180_000 }, () => {
  let corpusId = "";

  it("collects a prompt file into a corpus and reports it as JSON", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cli-collect-"));
    const file = path.join(dir, "prompts.txt");
    writeFileSync(file, collectPrompts(10, "Cli").join("\n") + "\n");
    const out = await run(["collect", "--base-url", `${server.url}/v1`, "--model", "fake-model", "--prompts", file, "--name", "cli collected", "--concurrency", "3", "--json"], { DISTILLSCOPE_API_KEY: KEY });
    expect(out.code, out.stderr).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result).toMatchObject({ status: "done", name: "cli collected", model: "fake-model", total: 10, answered: 10, failed: 0 });
    expect(result.requests).toBe(11); // one 429, honoured, then answered
    corpusId = result.corpusId;
    const listed = JSON.parse((await run(["corpora", "--json"])).stdout).corpora;
    expect(listed.find((c: { id: string }) => c.id === corpusId)).toMatchObject({ name: "cli collected", documentCount: 10, status: "ready" });
    expect(out.stdout + out.stderr).not.toContain(KEY);
  });

  it("asks another model what an existing corpus was asked (--like-corpus), with samples", async () => {
    const out = await run(["collect", "--base-url", `${server.url}/v1`, "--model", "fake-model-2", "--like-corpus", corpusId, "--name", "cli twin", "--samples", "2", "--json", "--api-key", KEY]);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: "done", total: 20, answered: 20 });
  });

  it("fails with the provider's words on a wrong key, then --resume continues with the right one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cli-collect-"));
    const file = path.join(dir, "few.txt");
    writeFileSync(file, collectPrompts(4, "Resume").join("\n"));
    const wrong = "sk-wrong-cli-key-77777777";
    const failed = await run(["collect", "--base-url", `${server.url}/v1`, "--model", "fake-model", "--prompts", file, "--name", "resumed"], { DISTILLSCOPE_API_KEY: wrong });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("Incorrect API key provided");
    expect(failed.stdout + failed.stderr).not.toContain(wrong.slice(0, 8));
    const id = /--resume (col_[\w-]+)/.exec(failed.stderr)?.[1];
    expect(id).toBeTruthy();
    const resumed = await run(["collect", "--resume", id!, "--json"], { DISTILLSCOPE_API_KEY: KEY });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ runId: id, status: "done", answered: 4 });
  });

  it("explains a missing prompt source", async () => {
    const out = await run(["collect", "--base-url", `${server.url}/v1`, "--model", "m", "--name", "x"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("exactly one of --prompts FILE and --like-corpus ID");
  });
});
