import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { WHOLE_ARRAY_MAX_BYTES } from "@/lib/ingest/parse-whole-array";
import { collect, fixture, rejection, tempFiles } from "@/lib/ingest/test-helpers";
import type { IngestRecord, SkippedRecord } from "@/lib/ingest/types";

// readRecords with `withLines: false` parses a JSON array whole: the same records as the streaming parser
// (without their line), and, whenever anything is wrong, the streaming parser's own errors.

const temp = tempFiles("ingest-whole-");

const withoutLine = (records: IngestRecord[]) => records.map(({ source: { line: _line, ...source }, ...rest }) => ({ ...rest, source }));

const alpaca = (n: number, text: (i: number) => string) =>
  JSON.stringify(
    Array.from({ length: n }, (_, i) => ({ dataset: "d", instruction: `Question ${i}?`, output: text(i), generator: "m" })),
    null,
    2,
  );

describe("readRecords without lines: JSON arrays parsed whole", () => {
  const cases: [string, () => string][] = [
    ["AlpacaEval records", () => fixture("alpaca-style.json")],
    ["a minified array", () => fixture("minified.json")],
    ["ShareGPT conversations (several documents per record)", () => fixture("sharegpt.json")],
    ["a byte-order mark", () => temp("bom.json", "\ufeff" + alpaca(3, (i) => `answer ${i}`))],
    ["a gzip file", () => temp("array.json.gz", gzipSync(alpaca(5, (i) => `réponse ${i} — ok`)))],
    // Over the sniffer's largest head: the first record decides the field mapping.
    ["a first record larger than the sniffed head", () => temp("big-first.json", alpaca(2, (i) => (i === 0 ? "x ".repeat(4_300_000) : "short")))],
  ];
  it.each(cases)("%s: the streaming parser's records, without line numbers", async (_name, make) => {
    const file = make();
    const streamed = await collect(file);
    const whole = await collect(file, { withLines: false });
    expect(streamed.length).toBeGreaterThan(0);
    expect(streamed.every((r) => typeof r.source.line === "number")).toBe(true);
    expect(whole.every((r) => r.source.line === undefined)).toBe(true); // the whole-file parse ran
    expect(whole).toEqual(withoutLine(streamed));
  });

  it("a record with no response: the streaming parser's error, naming its line", async () => {
    const file = temp("bad-record.json", '[\n  {"output": "fine"},\n  {"output": "also fine"},\n  {"instruction": "no answer"}\n]\n');
    const streamed = await rejection(collect(file));
    const whole = await rejection(collect(file, { withLines: false }));
    expect(whole).toEqual(streamed);
    expect((whole as Error).message).toContain("line 4");
  });

  it("with skipBadRecords: the same records, and the skipped ones by line", async () => {
    const file = temp("skip.json", '[\n  {"output": "one"},\n  42,\n  {"output": "two"}\n]\n');
    const skippedStreamed: SkippedRecord[] = [];
    const skippedWhole: SkippedRecord[] = [];
    const streamed = await collect(file, { skipBadRecords: true, skipped: skippedStreamed });
    const whole = await collect(file, { skipBadRecords: true, skipped: skippedWhole, withLines: false });
    expect(whole.map((r) => r.text)).toEqual(["one", "two"]);
    expect(whole.map((r) => r.text)).toEqual(streamed.map((r) => r.text));
    expect(skippedWhole).toEqual(skippedStreamed);
    expect(skippedWhole.map((s) => s.line)).toEqual([3]);
  });

  it("invalid UTF-8 and a truncated array: the streaming parser's errors", async () => {
    const bytes = Buffer.from('[\n  {"output": "caf\u00e9"},\n  {"output": "bad"}\n]\n');
    const badByte = Buffer.concat([bytes.subarray(0, 40), Buffer.from([0xff]), bytes.subarray(40)]);
    for (const file of [temp("not-utf8.json", badByte), fixture("truncated.json")]) {
      const streamed = await rejection(collect(file));
      expect(await rejection(collect(file, { withLines: false }))).toEqual(streamed);
    }
  });

  it("a record over the largest record accepted: the streaming parser's error, though the file is small", async () => {
    const file = temp("long-record.json", alpaca(3, (i) => (i === 1 ? "y".repeat(400) : "short")));
    const limits = { maxRecordBytes: 300 };
    const streamed = await rejection(collect(file, { limits }));
    expect((streamed as Error).message).toContain("larger than");
    expect(await rejection(collect(file, { limits, withLines: false }))).toEqual(streamed);
  });

  it("a file over the whole-parse limit is streamed, with the same records", async () => {
    const answer = "word ".repeat(2000);
    const count = Math.ceil(WHOLE_ARRAY_MAX_BYTES / answer.length) + 10;
    const file = temp("large.json", alpaca(count, (i) => `${i} ${answer}`));
    const whole = await collect(file, { withLines: false });
    expect(whole).toHaveLength(count);
    expect(whole[count - 1].source.line).toBeGreaterThan(1); // streamed: lines kept
    expect(withoutLine(whole)).toEqual(withoutLine(await collect(file)));
  });
});
