import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateFile } from "@/lib/ingest/validate-file";
import { collect, fixture, rejection } from "@/lib/ingest/test-helpers";

const dir = mkdtempSync(path.join(tmpdir(), "ingest-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 80 good lines with line 58 cut in half: far past what a preview's first records show. */
function writeBadLine58(): string {
  const lines = Array.from({ length: 80 }, (_, i) =>
    JSON.stringify({ instruction: `Question ${i + 1}?`, output: `Answer number ${i + 1}.`, generator: i % 2 ? "model-a" : "model-b" }),
  );
  lines[57] = lines[57].slice(0, 30);
  const file = path.join(dir, "bad-58.jsonl");
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

describe("validateFile", () => {
  it("reads the whole file and lists a bad line far down with its number", async () => {
    const file = writeBadLine58();
    const progress: number[] = [];
    const result = await validateFile(file, { displayName: "answers.jsonl", onProgress: (bytes) => progress.push(bytes) });
    expect(result.complete).toBe(true);
    expect(result.fatal).toBeNull();
    expect(result.records).toBe(79);
    expect(result.badCount).toBe(1);
    expect(result.bad).toEqual([{ file: "answers.jsonl", line: 58, reason: expect.any(String), code: "malformed-json" }]);
    expect(progress.at(-1)).toBe(statSync(file).size);
    // The same file fails the real ingest without skipping: the check agrees with the commit.
    const error = (await rejection(collect(file, { displayName: "answers.jsonl" }))) as { lines?: number[] };
    expect(error.lines).toEqual([58]);
  });

  it("gives per-column stats over every record", async () => {
    const result = await validateFile(writeBadLine58());
    const byRole = Object.fromEntries(result.columns.map((c) => [c.role, c]));
    expect(byRole.response).toMatchObject({ field: "output", filled: 79, minChars: "Answer number 1.".length, maxChars: "Answer number 80.".length });
    expect(byRole.prompt).toMatchObject({ field: "instruction", filled: 79, distinct: 79 });
    expect(byRole.model).toMatchObject({ field: "generator", filled: 79, distinct: 2, distinctCapped: false });
    expect(result.models.map((m) => m.model).sort()).toEqual(["model-a", "model-b"]);
  });

  it("reports a truncated file as a fatal problem that skipping cannot fix", async () => {
    const result = await validateFile(fixture("truncated.json"), { displayName: "cut.json" });
    expect(result.fatal?.file).toBe("cut.json");
    expect(result.fatal?.message).toMatch(/cut\.json/);
  });

  it("lists only the first bad records but counts all of them", async () => {
    const file = path.join(dir, "many-bad.jsonl");
    const lines = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? "{oops" : JSON.stringify({ response: `ok ${i}` })));
    writeFileSync(file, lines.join("\n"));
    const result = await validateFile(file, { maxListed: 4 });
    expect(result.badCount).toBe(10);
    expect(result.bad.map((b) => b.line)).toEqual([1, 4, 7, 10]);
    expect(result.records).toBe(20);
  });

  it("stops when aborted and says the check is incomplete", async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await validateFile(writeBadLine58(), { signal: controller.signal });
    expect(result.complete).toBe(false);
    expect(result.records).toBe(1);
  });
});
