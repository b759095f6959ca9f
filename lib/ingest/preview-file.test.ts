import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IngestError } from "@/lib/ingest/ingest-error";
import { previewFile } from "@/lib/ingest/preview-file";
import { fixture, rejection } from "@/lib/ingest/test-helpers";

const dir = mkdtempSync(path.join(tmpdir(), "ingest-preview-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("previewFile", () => {
  it("gives format, mapping, the first records and per-model counts", async () => {
    const preview = await previewFile(fixture("records.jsonl"), { sampleSize: 2 });
    expect(preview.format).toBe("jsonl");
    expect(preview.mapping).toEqual({ text: "response", prompt: "prompt", promptId: "id", model: "model" });
    expect(preview.records.map((r) => r.text)).toEqual(["4.", "Paris — of course. Café ☕"]);
    expect(preview.recordCount).toBe(3);
    expect(preview.models).toEqual([
      { model: "model-a", count: 2 },
      { model: "model-b", count: 1 },
    ]);
    expect(preview.partial).toBe(false);
    expect(preview.bytesScanned).toBe(statSync(fixture("records.jsonl")).size);
    expect(preview.problems).toEqual([]);
  });

  it("reports bad records as problems instead of failing", async () => {
    const preview = await previewFile(fixture("malformed.jsonl"), { displayName: "data.jsonl" });
    expect(preview.recordCount).toBe(13);
    expect(preview.problems).toEqual([
      {
        code: "malformed-json",
        file: "data.jsonl",
        lines: [4, 9, 11, 13, 15],
        count: 7,
        message: "data.jsonl: 7 lines are not valid JSON (lines 4, 9, 11, 13, 15, …). Fix them, or re-upload with 'skip bad records'.",
      },
    ]);
  });

  it("stops counting at the byte cap and says the counts are partial", async () => {
    const file = path.join(dir, "many.jsonl");
    const line = JSON.stringify({ output: "x".repeat(1000), model: "m" }) + "\n";
    writeFileSync(file, line.repeat(5000)); // ~5 MB, read in 1 MB chunks
    const preview = await previewFile(file, { maxScanBytes: 1 });
    expect(preview.partial).toBe(true);
    expect(preview.recordCount).toBeGreaterThan(0);
    expect(preview.recordCount).toBeLessThan(5000);
    const full = await previewFile(file);
    expect(full.partial).toBe(false);
    expect(full.models).toEqual([{ model: "m", count: 5000 }]);
  });

  it("a problem found later in the file becomes a problem, with partial counts", async () => {
    const file = path.join(dir, "late.jsonl");
    writeFileSync(file, Buffer.concat([Buffer.from(`{"output": "a"}\n`.repeat(100_000)), Buffer.from([0xff, 0x0a])]));
    const preview = await previewFile(file);
    expect(preview.recordCount).toBe(100_000);
    expect(preview.partial).toBe(true);
    expect(preview.problems.map((p) => [p.code, p.lines])).toEqual([["not-utf8", [100_001]]]);
  });

  it("throws file-level problems", async () => {
    const error = await rejection(previewFile(fixture("empty.jsonl")));
    expect((error as IngestError).code).toBe("empty-file");
  });
});
