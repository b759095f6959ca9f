import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { IngestError } from "@/lib/ingest/ingest-error";
import { readRecords } from "@/lib/ingest/read-records";
import { collect, rejection, tempFiles } from "@/lib/ingest/test-helpers";
import type { SkippedRecord } from "@/lib/ingest/types";

// Issue 14, finding 8: input edge cases the security probe found.

const temp = tempFiles("ingest-edges-");

/** JSONL that gzips about 270:1: 2 KB lines of repeated text with a little noise, in blocks of 1000 lines. */
function bombLines(blocks: number): Buffer {
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) lines.push(`{"output":"${"a".repeat(2000)} ${randomBytes(2).toString("hex")}"}\n`);
  return Buffer.concat(Array.from({ length: blocks }, () => Buffer.from(lines.join(""))));
}

describe("readRecords: edge cases", () => {
  it("reads a JSONL whose one record is larger than the sniffed head (50 MB)", async () => {
    const text = "word ".repeat(10 * 1024 * 1024); // 50 MiB
    const file = temp("huge.jsonl", `{"instruction":"Write a lot.","output":"${text}"}\n{"instruction":"Short.","output":"A short answer."}\n`);
    const records = await collect(file);
    expect(records).toHaveLength(2);
    expect(records[0].text.length).toBe(text.length);
    expect(records[0].prompt).toBe("Write a lot.");
    expect(records[1]).toMatchObject({ text: "A short answer.", source: { file: "huge.jsonl", line: 2 } });
  });

  it("still names the fields when the first (large) record has no response field", async () => {
    const file = temp("huge-nofield.jsonl", `{"question":"q","score":"${"x".repeat(9 * 1024 * 1024)}"}\n`);
    const error = (await rejection(collect(file))) as IngestError;
    expect(error).toBeInstanceOf(IngestError);
    expect(error.code).toBe("no-response-field");
    expect(error.message).toContain("fields seen: question, score");
  });

  it("refuses a numeric (or true/false) response with the file and line, instead of storing it as text", async () => {
    const file = temp("numbers.jsonl", ['{"output":"fine"}', '{"output":"also fine"}', '{"output":42}', '{"output":true}'].join("\n") + "\n");
    const error = (await rejection(collect(file))) as IngestError;
    expect(error).toBeInstanceOf(IngestError);
    expect(error.code).toBe("no-response-field");
    expect(error.message).toMatch(/^numbers\.jsonl: 2 records have no response text: the record has a "output" field holding a number \(42\), not text/);
    expect(error.message).toContain("lines 3, 4");
    expect(error.toJSON().lines).toEqual([3, 4]);
    const skipped: SkippedRecord[] = [];
    const kept = await collect(file, { skipBadRecords: true, skipped });
    expect(kept.map((r) => r.text)).toEqual(["fine", "also fine"]);
    expect(skipped.map((s) => [s.line, s.reason.includes("a boolean (true)") || s.reason.includes("a number (42)")])).toEqual([
      [3, true],
      [4, true],
    ]);
  });

  it("refuses a gzip bomb as soon as the ratio limit is crossed, not after inflating it all", async () => {
    // ~270:1, like the probe's 3.4 MB that inflates to 1 GiB (120 MB here).
    const raw = bombLines(60);
    const gz = gzipSync(raw);
    expect(raw.length / gz.length).toBeGreaterThan(250);
    const file = temp("bomb.jsonl.gz", gz);
    let inflated = 0;
    const error = await rejection(
      (async () => {
        for await (const record of readRecords(file)) inflated += record.text.length;
      })(),
    );
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("zip-bomb");
    // Refused within the first 16 MiB (the bomb threshold) plus a chunk, not after hundreds of megabytes.
    expect(inflated).toBeLessThan(20 * 1024 * 1024);
  });

  it("still reads an honest, highly compressible gzip under the threshold", async () => {
    const raw = bombLines(4); // 8 MB: below the 16 MiB threshold
    const records = await collect(temp("honest.jsonl.gz", gzipSync(raw)));
    expect(records).toHaveLength(4000);
  });
});
