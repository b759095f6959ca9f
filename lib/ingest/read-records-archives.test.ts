import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { IngestError } from "@/lib/ingest/ingest-error";
import { detectFormat } from "@/lib/ingest/detect-format";
import { escapesRoot } from "@/lib/ingest/open-input";
import { previewFile } from "@/lib/ingest/preview-file";
import { readRecords } from "@/lib/ingest/read-records";
import { collect, fixture, rejection } from "@/lib/ingest/test-helpers";
import type { SkippedRecord } from "@/lib/ingest/types";

const dir = mkdtempSync(path.join(tmpdir(), "ingest-archives-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function temp(name: string, content: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

const bytes = (name: string) => new Uint8Array(readFileSync(fixture(name)));

async function ingestError(file: string, options = {}): Promise<IngestError> {
  const error = await rejection(collect(file, options));
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe("readRecords: .gz and .zip", () => {
  it("unpacks a .gz on the fly, detecting the inner format from the name", async () => {
    const file = temp("upload-123", gzipSync(readFileSync(fixture("records.jsonl"))));
    const plain = await collect(fixture("records.jsonl"), { displayName: "records.jsonl.gz" });
    const gz = await collect(file, { displayName: "records.jsonl.gz" });
    expect(gz).toEqual(plain);
    const csv = await collect(temp("c.csv.gz", gzipSync(readFileSync(fixture("responses.csv")))));
    expect(csv.map((r) => r.text)).toEqual(["Two, obviously.", "Roses are red,\r\nviolets are blue", 'He said "hi".']);
  });

  it("reads every zip entry with its own format, ignoring folders and __MACOSX", async () => {
    const zip = zipSync({
      "corpus/": new Uint8Array(0),
      "corpus/a.jsonl": bytes("records.jsonl"),
      "corpus/chats.json": bytes("sharegpt.json"),
      "corpus/b.csv": [bytes("responses.csv"), { level: 0 }],
      "corpus/001.md": bytes("note.md"),
      "__MACOSX/corpus/._a.jsonl": new Uint8Array([0, 5, 22, 7, 0, 2, 0, 0]),
    });
    const file = temp("upload.zip", zip);
    const progress: number[] = [];
    const records = await collect(file, { displayName: "bundle.zip", onBytes: (n) => progress.push(n) });
    expect(records.map((r) => r.source.file)).toEqual([
      ...Array(3).fill("bundle.zip/corpus/a.jsonl"),
      ...Array(3).fill("bundle.zip/corpus/chats.json"),
      ...Array(3).fill("bundle.zip/corpus/b.csv"),
      "bundle.zip/corpus/001.md",
    ]);
    expect(records[3].text).toBe("A three-line poem of 5, 7 and 5 syllables.");
    expect(records[9]).toMatchObject({ promptId: "001", text: readFileSync(fixture("note.md"), "utf8") });
    expect(progress.at(-1)).toBe(statSync(file).size);
    expect(progress.every((n, i) => i === 0 || n >= progress[i - 1])).toBe(true);
  });

  it("rejects entries whose names reach outside the archive", async () => {
    const file = temp("evil.zip", zipSync({ "ok.jsonl": bytes("records.jsonl"), "../../etc/evil.jsonl": bytes("records.jsonl") }));
    const error = await ingestError(file);
    expect(error.code).toBe("path-traversal");
    expect(error.message).toContain('"../../etc/evil.jsonl"');
    const absolute = temp("abs.zip", zipSync({ "/tmp/x.jsonl": bytes("records.jsonl") }));
    expect((await ingestError(absolute)).code).toBe("path-traversal");
  });

  it("escapesRoot", () => {
    expect(["../a", "a/../../b", "/abs", "C:\\x", "..\\x"].map(escapesRoot)).toEqual([true, true, true, true, true]);
    expect(["a/b.jsonl", "a/../b.jsonl", "./c.txt", "x..y/z"].map(escapesRoot)).toEqual([false, false, false, false]);
  });

  it("a zip bomb: declared ratio over the limit", async () => {
    const lines = new TextEncoder().encode('{"output": "same"}\n'.repeat(200_000)); // 3.8 MB, compresses ~1000:1
    const file = temp("bomb.zip", zipSync({ "big.jsonl": [lines, { level: 9 }] }));
    const error = await ingestError(file, { displayName: "bomb.zip", limits: { bombMinBytes: 1024 * 1024 } });
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toContain("bomb.zip/big.jsonl looks like a zip bomb");
  });

  it("a zip bomb whose header lies about its size is caught while inflating", async () => {
    const lines = new TextEncoder().encode('{"output": "same"}\n'.repeat(20_000));
    const zip = zipSync({ "small.jsonl": [lines, { level: 9 }] });
    // Patch the central directory (signature PK\1\2) to declare 100 bytes uncompressed.
    const view = Buffer.from(zip);
    const central = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.writeUInt32LE(100, central + 24);
    const error = await ingestError(temp("liar.zip", view));
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toContain("more data than its header declares");
  });

  it("a .gz bomb is caught by the streamed ratio", async () => {
    const lines = Buffer.from('{"output": "same"}\n'.repeat(200_000));
    const file = temp("bomb.jsonl.gz", gzipSync(lines, { level: 9 }));
    const error = await ingestError(file, { limits: { bombMinBytes: 1024 * 1024 } });
    expect(error.code).toBe("zip-bomb");
  });

  it("an archive over the unpacked limit (from headers, and counted while streaming)", async () => {
    const zip = temp("big.zip", zipSync({ "a.jsonl": bytes("records.jsonl"), "b.jsonl": bytes("records.jsonl") }));
    const error = await ingestError(zip, { limits: { maxUnpackedBytes: 400 } });
    expect(error.code).toBe("archive-too-large");
    expect(error.message).toContain("unpacks to more than 400 bytes");
    const gz = temp("big.jsonl.gz", gzipSync(readFileSync(fixture("records.jsonl"))));
    expect((await ingestError(gz, { limits: { maxUnpackedBytes: 200 } })).code).toBe("archive-too-large");
  });

  it("too many entries", async () => {
    const zip = temp("many.zip", zipSync({ "a.md": bytes("note.md"), "b.md": bytes("note.md"), "c.md": bytes("note.md") }));
    const error = await ingestError(zip, { limits: { maxEntries: 2 } });
    expect(error.code).toBe("archive-too-large");
  });

  it("bad entries inside a zip fail the upload, or are skipped and reported", async () => {
    const zip = temp("mixed.zip", zipSync({ "good.jsonl": bytes("records.jsonl"), "empty.jsonl": new Uint8Array(0), "bad.jsonl": bytes("malformed.jsonl") }));
    expect((await ingestError(zip, { displayName: "mixed.zip" })).code).toBe("empty-file");
    const skipped: SkippedRecord[] = [];
    const records = await collect(zip, { displayName: "mixed.zip", skipBadRecords: true, skipped });
    expect(records).toHaveLength(3 + 13);
    expect(skipped[0]).toMatchObject({ file: "mixed.zip/empty.jsonl", line: 0, code: "empty-file" });
    expect(skipped.slice(1).map((s) => s.line)).toEqual([4, 9, 11, 13, 15, 17, 19]);
  });

  it("a damaged gzip", async () => {
    const gz = gzipSync(readFileSync(fixture("records.jsonl")));
    const error = await ingestError(temp("cut.jsonl.gz", gz.subarray(0, gz.length - 30)));
    expect(error.code).toBe("unknown-format");
    expect(error.message).toContain("not a valid gzip archive");
  });

  it("detection and an early stop release .gz and .zip streams cleanly", async () => {
    const big = Buffer.from(Array.from({ length: 60_000 }, (_, i) => JSON.stringify({ output: `row ${i} ${"w".repeat(i % 50)}` })).join("\n"));
    const gz = temp("early.jsonl.gz", gzipSync(big));
    expect((await detectFormat(gz, "early.jsonl.gz")).archive).toBe("gzip");
    const zip = temp("early.zip", zipSync({ "a.jsonl": new Uint8Array(big), "b.jsonl": new Uint8Array(big) }));
    for (const file of [gz, zip]) {
      let n = 0;
      for await (const record of readRecords(file)) {
        expect(record.text.startsWith("row ")).toBe(true);
        if (++n === 10) break;
      }
      expect(n).toBe(10);
    }
    expect((await previewFile(zip, { maxScanBytes: 1 })).partial).toBe(true);
  });

  it("an archive of only folders is empty", async () => {
    const error = await ingestError(temp("dirs.zip", zipSync({ "a/": new Uint8Array(0), "__MACOSX/x": new Uint8Array(1) })));
    expect(error.code).toBe("empty-file");
  });
});
