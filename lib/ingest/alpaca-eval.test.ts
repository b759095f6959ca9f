// Reads a real AlpacaEval output file from the shared development corpus (absent on clean clones: skipped).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat } from "@/lib/ingest/detect-format";
import { collect } from "@/lib/ingest/test-helpers";

const file = path.resolve(__dirname, "../../../shared/corpora/alpaca-eval/gemma-7b-it.json");

describe("AlpacaEval", () => {
  it.skipIf(!existsSync(file))("reads gemma-7b-it.json: 805 documents, prompt = instruction, model = generator, verbatim", async () => {
    const detection = await detectFormat(file);
    expect(detection.format).toBe("json-array");
    expect(detection.mapping).toEqual({ text: "output", prompt: "instruction", model: "generator" });
    const records = await collect(file);
    const reference = JSON.parse(readFileSync(file, "utf8")) as { instruction: string; output: string; generator: string }[];
    expect(records).toHaveLength(805);
    expect(reference).toHaveLength(805);
    expect(records.map((r) => r.text)).toEqual(reference.map((r) => r.output));
    expect(records.map((r) => r.prompt)).toEqual(reference.map((r) => r.instruction));
    expect(new Set(records.map((r) => r.model))).toEqual(new Set(["gemma-7b-it"]));
  });
});
