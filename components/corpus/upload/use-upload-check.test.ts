import { describe, expect, it } from "vitest";
import type { FileValidation } from "@/lib/ingest/validate-file";
import { createBlockedReason, type UploadCheck } from "./use-upload-check";

const file = (patch: Partial<FileValidation>): FileValidation => ({
  file: "a.jsonl",
  totalBytes: 10,
  complete: true,
  records: 5,
  badCount: 0,
  bad: [],
  fatal: null,
  columns: [],
  models: [],
  ...patch,
});
const done = (...results: FileValidation[]): UploadCheck => ({ status: "done", files: results.map((result) => ({ bytesRead: 10, totalBytes: 10, result })) });

describe("createBlockedReason", () => {
  it("keeps Create disabled until the whole upload has been checked", () => {
    expect(createBlockedReason({ status: "idle" }, false)).toMatch(/preview/);
    expect(createBlockedReason({ status: "running", files: [] }, true)).toMatch(/Checking/);
    expect(createBlockedReason({ status: "failed", files: [], error: { code: "network", message: "x" } }, true)).toMatch(/again/);
  });

  it("allows Create for a clean upload", () => {
    expect(createBlockedReason(done(file({}), file({ file: "b.jsonl" })), false)).toBeNull();
  });

  it("asks for 'skip bad records' when there are bad lines, and allows it then", () => {
    const check = done(file({ badCount: 2 }), file({ file: "b.jsonl", badCount: 1 }));
    expect(createBlockedReason(check, false)).toBe("3 bad records found: tick “Skip bad records” to leave them out, or fix the file.");
    expect(createBlockedReason(check, true)).toBeNull();
  });

  it("never allows a file that cannot be read, skipping or not", () => {
    const check = done(file({}), file({ file: "cut.json", records: 1, fatal: { code: "malformed-json", message: "cut", file: "cut.json", lines: [1], count: 1 } }));
    expect(createBlockedReason(check, true)).toMatch(/^cut\.json cannot be imported/);
  });

  it("refuses an upload with no readable record", () => {
    expect(createBlockedReason(done(file({ records: 0, badCount: 3 })), true)).toMatch(/No readable records/);
  });
});
