import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createWorkspace } from "@/lib/db/accounts/workspaces";
import { signUpTestUser } from "@/lib/server/auth/test-session";

// The operator CLI works on one workspace at a time: --workspace <id|name>, else the first workspace.
const root = path.resolve(__dirname, "..");
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "cli/main.ts"), ...args], { cwd: root, env: process.env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe(`cli --workspace (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("ingests into the named workspace, and other workspaces do not see the corpus", async () => {
    const owner = await signUpTestUser("cli-owner");
    const name = `cli-team-${Date.now()}`;
    const team = await createWorkspace(name, owner.userId);
    const ingest = await run("ingest", path.join(root, "e2e/fixtures/source-beta.jsonl"), "--name", "cli-beta", "--workspace", name, "--json");
    expect(ingest.code, ingest.stderr).toBe(0);
    const id = JSON.parse(ingest.stdout).corpora[0].id as string;
    const inTeam = JSON.parse((await run("corpora", "--workspace", team.id, "--json")).stdout).corpora.map((c: { id: string }) => c.id);
    expect(inTeam).toEqual([id]);
    const elsewhere = JSON.parse((await run("corpora", "--workspace", owner.workspaceId, "--json")).stdout).corpora.map((c: { id: string }) => c.id);
    expect(elsewhere).not.toContain(id);
    const wrongDelete = await run("delete", id, "--workspace", owner.workspaceId);
    expect(wrongDelete.code).not.toBe(0);
    const missing = await run("corpora", "--workspace", "no-such-workspace");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('No workspace with id or name "no-such-workspace"');
    const listed = JSON.parse((await run("workspaces", "--json")).stdout).workspaces as { id: string; corpora: number }[];
    expect(listed.find((w) => w.id === team.id)?.corpora).toBe(1);
  });
});
