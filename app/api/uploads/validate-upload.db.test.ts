import { beforeAll, describe, expect, it } from "vitest";
import { claimAnalysis } from "@/lib/db/analyses/run-state";
import { getDb } from "@/lib/db/client";
import { listAnalyses } from "@/lib/db/analyses/list-analyses";
import type { ValidateEvent } from "@/lib/ingest/validate-file";
import { signUpTestUser, type TestUser } from "@/lib/server/auth/test-session";
import { runStoredAnalysis } from "@/lib/workflows/run-analysis";
import { callRoute, jsonBody } from "@/test/support/call-route";
import { readFileSync } from "node:fs";
import path from "node:path";

// The upload page's whole-file check (issue 12, item 4) and the analyses list's verdicts (item 6), against
// the real route handlers and database.

const fixture = (name: string) => readFileSync(path.resolve(__dirname, "../../../e2e/fixtures", name));

/** 70 good JSONL lines with line 58 broken: past anything a preview shows. */
function badLine58(): string {
  const lines = Array.from({ length: 70 }, (_, i) => JSON.stringify({ instruction: `Q${i + 1}?`, output: `Answer ${i + 1}.`, generator: "m" }));
  lines[57] = '{"instruction": "Q58?", "output": "cut';
  return lines.join("\n") + "\n";
}

async function readEvents(res: Response): Promise<ValidateEvent[]> {
  return (await res.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ValidateEvent);
}

describe(`whole-file check and analyses list (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  let alice: TestUser;
  let bob: TestUser;
  let ingest = "";

  beforeAll(async () => {
    alice = await signUpTestUser("alice");
    bob = await signUpTestUser("bob");
    ingest = ((await (await callRoute({ method: "POST", path: "/api/ingests" }, { cookie: alice.cookie })).json()) as { id: string }).id;
    const put = await callRoute(
      { method: "PUT", path: `/api/ingests/${ingest}/files?name=answers.jsonl`, body: badLine58(), headers: { "content-type": "application/octet-stream" } },
      { cookie: alice.cookie },
    );
    expect(put.status).toBe(200);
  });

  it("streams progress, then names line 58, and stores nothing", async () => {
    const res = await callRoute({ method: "GET", path: `/api/uploads/validate?ingest=${ingest}` }, { cookie: alice.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/x-ndjson");
    const events = await readEvents(res);
    expect(events.some((e) => e.type === "progress")).toBe(true);
    expect(events.at(-1)).toEqual({ type: "done" });
    const file = events.find((e) => e.type === "file");
    expect(file?.type === "file" && file.result).toMatchObject({ file: "answers.jsonl", records: 69, badCount: 1, fatal: null, complete: true });
    expect(file?.type === "file" && file.result.bad.map((b) => b.line)).toEqual([58]);

    const info = (await (await callRoute({ method: "GET", path: `/api/ingests/${ingest}` }, { cookie: alice.cookie })).json()) as { ingest: { status: string } };
    expect(info.ingest.status).toBe("uploaded");
    const corpora = (await (await callRoute({ method: "GET", path: "/api/corpora" }, { cookie: alice.cookie })).json()) as { corpora: unknown[] };
    expect(corpora.corpora).toEqual([]);
  });

  it("applies the chosen mapping: a field that is never there makes every record bad", async () => {
    const mapping = encodeURIComponent(JSON.stringify({ text: "nope" }));
    const events = await readEvents(await callRoute({ method: "GET", path: `/api/uploads/validate?ingest=${ingest}&mapping=${mapping}` }, { cookie: alice.cookie }));
    const file = events.find((e) => e.type === "file");
    expect(file?.type === "file" && file.result.records).toBe(0);
  });

  it("does not check another workspace's upload", async () => {
    const res = await callRoute({ method: "GET", path: `/api/uploads/validate?ingest=${ingest}` }, { cookie: bob.cookie });
    expect(res.status).toBe(404);
  });

  it("lists a finished analysis with its verdicts, and fills them in for results stored before the column", async () => {
    const upload = async (file: string, name: string) => {
      const res = await callRoute(
        { method: "POST", path: `/api/corpora?filename=${file}&name=${encodeURIComponent(name)}`, body: fixture(file), headers: { "content-type": "application/octet-stream" } },
        { cookie: alice.cookie },
      );
      return ((await res.json()) as { corpora: { id: string }[] }).corpora[0].id;
    };
    const sourceIds = [await upload("source-alpha.jsonl", "alpha"), await upload("source-beta.jsonl", "beta")];
    const candidateIds = [await upload("candidate-gamma.jsonl", "gamma")];
    const created = await callRoute(
      { method: "POST", path: "/api/analyses", body: jsonBody({ sourceIds, candidateIds, options: { bootstrap: 10, candidatesAreVersions: false } }) },
      { cookie: alice.cookie },
    );
    expect(created.status).toBe(202);
    const { id } = (await created.json()) as { id: string };
    expect(await claimAnalysis("test", id)).toBe(id);
    await runStoredAnalysis(id);

    const listed = (await listAnalyses(alice.workspaceId)).find((a) => a.id === id);
    expect(listed?.status).toBe("done");
    expect(listed?.verdicts).toHaveLength(1);
    expect(listed?.verdicts?.[0]).toMatchObject({ candidate: "gamma", status: expect.stringMatching(/attributed|inconclusive/) });
    const first = listed!.verdicts!;

    // The form's "versions of one model" choice reaches the result's params (the results page reads it there).
    const db = await getDb();
    const stored = await db.analysis.findUnique({ where: { id }, select: { result: true } });
    expect((JSON.parse(stored!.result!) as { params: { candidatesAreVersions?: boolean } }).params.candidatesAreVersions).toBe(false);

    // As if the result had been stored before the column existed: the list computes and stores it once.
    await db.analysis.update({ where: { id }, data: { verdicts: null } });
    expect((await listAnalyses(alice.workspaceId)).find((a) => a.id === id)?.verdicts).toEqual(first);
    expect((await db.analysis.findUnique({ where: { id }, select: { verdicts: true } }))?.verdicts).not.toBeNull();
  }, 120_000);
});
