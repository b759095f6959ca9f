import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { detectFormat } from "@/lib/ingest/detect-format";
import { IngestError } from "@/lib/ingest/ingest-error";
import { fixture, rejection } from "@/lib/ingest/test-helpers";

const dir = mkdtempSync(path.join(tmpdir(), "ingest-detect-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("detectFormat", () => {
  it.each([
    ["alpaca-style.json", "json-array", "array"],
    ["records.jsonl", "jsonl", "lines"],
    ["wrapped.json", "json-array", "array"],
    ["minified.json", "json-array", "array"],
    ["openai-chat.jsonl", "openai-chat", "lines"],
    ["chat-single.json", "openai-chat", "single"],
    ["openai-batch.jsonl", "openai-batch", "lines"],
    ["sharegpt.json", "sharegpt", "array"],
    ["lmsys.jsonl", "lmsys-chat", "lines"],
    ["responses.csv", "csv", "delimited"],
    ["responses.tsv", "tsv", "delimited"],
    ["note.md", "text", "whole"],
    ["note.txt", "text", "whole"],
  ])("%s → %s", async (name, format, container) => {
    const result = await detectFormat(fixture(name));
    expect(result.format).toBe(format);
    expect(result.container).toBe(container);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it("suggests a mapping and lists the fields", async () => {
    const csv = await detectFormat(fixture("responses.csv"));
    expect(csv.fields).toEqual(["id", "question", "answer", "model"]);
    expect(csv.mapping).toEqual({ text: "answer", prompt: "question", promptId: "id", model: "model" });
    const jsonl = await detectFormat(fixture("records.jsonl"));
    expect(jsonl.fields).toEqual(["id", "prompt", "response", "model", "temperature"]);
    expect(jsonl.mapping).toEqual({ text: "response", prompt: "prompt", promptId: "id", model: "model" });
    const none = await detectFormat(fixture("no-response.jsonl"));
    expect(none.mapping).toBeNull();
    expect(none.reasons).toContain("no response field recognised among: foo, bar");
  });

  it("sniffs CSV/TSV content without an extension by its name, and the display name's extension wins", async () => {
    const noExt = path.join(dir, "upload-1");
    writeFileSync(noExt, readFileSync(fixture("responses.tsv")));
    expect((await detectFormat(noExt)).format).toBe("tsv");
    expect((await detectFormat(noExt, "answers.txt")).format).toBe("text");
  });

  it("detects each zip entry", async () => {
    const zip = path.join(dir, "a.zip");
    writeFileSync(zip, zipSync({ "x.jsonl": new Uint8Array(readFileSync(fixture("lmsys.jsonl"))), "y.csv": new Uint8Array(readFileSync(fixture("responses.csv"))) }));
    const result = await detectFormat(zip, "bundle.zip");
    expect(result.archive).toBe("zip");
    expect(result.entries.map((e) => [e.file, e.format])).toEqual([
      ["bundle.zip/x.jsonl", "lmsys-chat"],
      ["bundle.zip/y.csv", "csv"],
    ]);
  });

  it("looks past the first 64 KB when the first record is larger", async () => {
    const big = path.join(dir, "big.json");
    writeFileSync(big, JSON.stringify([{ response: "z".repeat(200_000), prompt: "p" }, { response: "small", prompt: "q" }]));
    const result = await detectFormat(big);
    expect(result.mapping).toEqual({ text: "response", prompt: "prompt" });
  });

  it("throws the file-level problems", async () => {
    for (const [name, code] of [
      ["empty.jsonl", "empty-file"],
      ["unknown.dat", "unknown-format"],
    ]) {
      const error = await rejection(detectFormat(fixture(name)));
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).code).toBe(code);
    }
  });
});
