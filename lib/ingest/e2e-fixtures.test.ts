// The browser tests' fixture corpora must ingest as intended: formats, counts and the bad files' errors.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat } from "@/lib/ingest/detect-format";
import { IngestError } from "@/lib/ingest/ingest-error";
import { previewFile } from "@/lib/ingest/preview-file";
import { collect, rejection } from "@/lib/ingest/test-helpers";

const E2E = path.resolve(__dirname, "../../e2e/fixtures");

describe("e2e fixtures", () => {
  it.each([
    ["source-alpha.jsonl", "jsonl", 40, [{ model: "source-alpha", count: 40 }]],
    ["source-beta.jsonl", "jsonl", 40, [{ model: "source-beta", count: 40 }]],
    ["candidate-gamma.jsonl", "jsonl", 40, [{ model: "candidate-gamma", count: 40 }]],
    ["responses.csv", "csv", 30, [{ model: "csv-model", count: 30 }]],
    ["sharegpt.json", "sharegpt", 36, [{ model: null, count: 36 }]],
    ["openai-chat.jsonl", "openai-chat", 30, [{ model: "chat-model", count: 30 }]],
    ["openai-batch.jsonl", "openai-batch", 30, [{ model: "batch-model-2024", count: 30 }]],
    ["lmsys.jsonl", "lmsys-chat", 30, [{ model: "lmsys-vicuna", count: 15 }, { model: "lmsys-koala", count: 15 }]],
    ["multi-model.jsonl", "jsonl", 60, [{ model: "model-north", count: 30 }, { model: "model-south", count: 30 }]],
    ["guide.md", "text", 1, [{ model: null, count: 1 }]],
  ])("%s: %s, %i documents", async (name, format, count, models) => {
    const preview = await previewFile(path.join(E2E, name));
    expect(preview.format).toBe(format);
    expect(preview.recordCount).toBe(count);
    expect(preview.models).toEqual(models);
    expect(preview.problems).toEqual([]);
  });

  it("alpha, beta and gamma share prompt ids", async () => {
    const ids = async (name: string) => (await collect(path.join(E2E, name))).map((r) => r.promptId);
    const alpha = await ids("source-alpha.jsonl");
    expect(await ids("source-beta.jsonl")).toEqual(alpha);
    expect(await ids("candidate-gamma.jsonl")).toEqual(alpha);
    expect(new Set(alpha).size).toBe(40);
  });

  it("the bad files fail with their specific codes", async () => {
    const malformed = (await rejection(collect(path.join(E2E, "malformed.jsonl")))) as IngestError;
    expect([malformed.code, malformed.lines, malformed.count]).toEqual(["malformed-json", [5, 12, 20], 3]);
    expect(((await rejection(detectFormat(path.join(E2E, "empty.jsonl")))) as IngestError).code).toBe("empty-file");
    expect(((await rejection(detectFormat(path.join(E2E, "binary.bin")))) as IngestError).code).toBe("binary-file");
  });
});
