import { describe, expect, it } from "vitest";
import { IngestError } from "@/lib/ingest/ingest-error";
import { collect, fixture, rejection, tempFiles } from "@/lib/ingest/test-helpers";
import type { SkippedRecord } from "@/lib/ingest/types";

const temp = tempFiles("ingest-bad-");

async function ingestError(file: string, options = {}): Promise<IngestError> {
  const error = await rejection(collect(file, options));
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe("readRecords: bad input", () => {
  it("malformed JSONL: first five line numbers and the total count", async () => {
    const error = await ingestError(fixture("malformed.jsonl"), { displayName: "data.jsonl" });
    expect(error.code).toBe("malformed-json");
    expect(error.lines).toEqual([4, 9, 11, 13, 15]);
    expect(error.count).toBe(7);
    expect(error.message).toBe(
      "data.jsonl: 7 lines are not valid JSON (lines 4, 9, 11, 13, 15, …). Fix them, or re-upload with 'skip bad records'.",
    );
    expect(error.toJSON()).toEqual({ code: "malformed-json", message: error.message, file: "data.jsonl", lines: [4, 9, 11, 13, 15], count: 7 });
  });

  it("malformed JSONL with skipBadRecords: yields the good lines and reports the skipped ones", async () => {
    const skipped: SkippedRecord[] = [];
    const records = await collect(fixture("malformed.jsonl"), { skipBadRecords: true, skipped });
    expect(records).toHaveLength(13);
    expect(skipped.map((s) => s.line)).toEqual([4, 9, 11, 13, 15, 17, 19]);
    expect(skipped.every((s) => s.code === "malformed-json" && s.file === "malformed.jsonl")).toBe(true);
  });

  it("one malformed line is described in the singular", async () => {
    const file = temp("one-bad.jsonl", '{"output": "a"}\n{oops\n');
    const error = await ingestError(file);
    expect(error.message).toBe("one-bad.jsonl: 1 line is not valid JSON (line 2). Fix it, or re-upload with 'skip bad records'.");
  });

  it("a truncated JSON array", async () => {
    const error = await ingestError(fixture("truncated.json"));
    expect(error.code).toBe("malformed-json");
    expect(error.message).toContain("truncated.json");
  });

  it("no recognisable response field: names the fields seen and how to map", async () => {
    const error = await ingestError(fixture("no-response.jsonl"));
    expect(error.code).toBe("no-response-field");
    expect(error.message).toBe(
      "no-response.jsonl: no field holding the response was recognised (fields seen: foo, bar). Choose which field holds the model's response in the field mapping.",
    );
    const mapped = await collect(fixture("no-response.jsonl"), { mapping: { text: "foo" } });
    expect(mapped.map((r) => r.text)).toEqual(["a", "b"]);
  });

  it("records missing the mapped response field are bad records, with lines", async () => {
    const error = await ingestError(fixture("missing-response.jsonl"));
    expect(error.code).toBe("no-response-field");
    expect(error.lines).toEqual([2, 4]);
    expect(error.count).toBe(2);
    expect(error.message).toContain('has no "output" field (fields seen: outptu)');
    const skipped: SkippedRecord[] = [];
    const records = await collect(fixture("missing-response.jsonl"), { skipBadRecords: true, skipped });
    expect(records.map((r) => r.text)).toEqual(["ok 1", "ok 3", "ok 5"]);
    expect(skipped.map((s) => s.line)).toEqual([2, 4]);
  });

  it("a mapping that names a missing field is bad-mapping", async () => {
    const error = await ingestError(fixture("responses.csv"), { mapping: { text: "reply" } });
    expect(error.code).toBe("bad-mapping");
    expect(error.message).toContain('text → "reply"');
    expect(error.message).toContain("id, question, answer, model");
  });

  it("CSV rows with the wrong number of columns are bad records", async () => {
    const file = temp("rows.csv", "prompt,output\np1,o1\np2,o2,extra\np3,o3\np4\n");
    const error = await ingestError(file);
    expect(error.code).toBe("malformed-json");
    expect(error.lines).toEqual([3, 5]);
    expect(error.message).toMatch(/^rows\.csv: 2 rows are not valid CSV\/TSV \(.+\) \(lines 3, 5\)\. Fix them/);
    const skipped: SkippedRecord[] = [];
    const records = await collect(file, { skipBadRecords: true, skipped });
    expect(records.map((r) => [r.prompt, r.text])).toEqual([["p1", "o1"], ["p3", "o3"]]);
    expect(skipped.map((s) => s.line)).toEqual([3, 5]);
  });

  it("empty and whitespace-only files", async () => {
    expect((await ingestError(fixture("empty.jsonl"))).code).toBe("empty-file");
    const error = await ingestError(fixture("whitespace.jsonl"));
    expect(error.code).toBe("empty-file");
    expect(error.message).toBe("whitespace.jsonl is empty. Choose a file with at least one record.");
  });

  it("binary files (NUL bytes)", async () => {
    const file = temp("image.jsonl", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const error = await ingestError(file);
    expect(error.code).toBe("binary-file");
  });

  it("non-UTF-8 text in the head, with its line", async () => {
    const latin1 = Buffer.concat([Buffer.from('{"output": "ok"}\n{"output": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const error = await ingestError(temp("latin1.jsonl", latin1));
    expect(error.code).toBe("not-utf8");
    expect(error.lines).toEqual([2]);
    expect(error.message).toBe("latin1.jsonl is not valid UTF-8 text (line 2). Save it as UTF-8 and upload it again.");
  });

  it("non-UTF-8 text found later while streaming, with its line", async () => {
    const good = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ output: `record ${i} ${"x".repeat(40)}` })).join("\n");
    const bytes = Buffer.concat([Buffer.from(good + "\n"), Buffer.from([0x7b, 0x22, 0x6f, 0xff, 0x22, 0x7d, 0x0a])]);
    expect(bytes.length).toBeGreaterThan(64 * 1024 * 2);
    const error = await ingestError(temp("late.jsonl", bytes));
    expect(error.code).toBe("not-utf8");
    expect(error.lines).toEqual([3001]);
  });

  it("unknown format", async () => {
    const error = await ingestError(fixture("unknown.dat"));
    expect(error.code).toBe("unknown-format");
    expect(error.message).toContain("unknown.dat: the format could not be recognised");
  });

  it("a file over the size limit", async () => {
    const error = await ingestError(fixture("records.jsonl"), { limits: { maxFileBytes: 100 } });
    expect(error.code).toBe("file-too-large");
    expect(error.message).toBe("records.jsonl is 292 bytes, over the 100 bytes limit. Split it into smaller files, or raise DISTILLSCOPE_MAX_FILE_BYTES.");
  });

  it("a record over the record size limit", async () => {
    const file = temp("long.jsonl", JSON.stringify({ output: "y".repeat(5000) }) + "\n");
    const error = await ingestError(file, { limits: { maxRecordBytes: 1000 } });
    expect(error.code).toBe("file-too-large");
    expect(error.lines).toEqual([1]);
  });
});
