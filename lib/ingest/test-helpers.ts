// Shared by the ingest tests: fixture paths, temporary files and draining readRecords.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { readRecords } from "@/lib/ingest/read-records";
import type { IngestRecord, ReadOptions } from "@/lib/ingest/types";

export const FIXTURES = path.resolve(__dirname, "../../test/fixtures/ingest");

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/** A writer of files into a fresh temporary folder, removed after the calling test file's tests. */
export function tempFiles(prefix: string): (name: string, content: string | Uint8Array) => string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, content) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
}

export async function collect(file: string, options: ReadOptions = {}): Promise<IngestRecord[]> {
  const records: IngestRecord[] = [];
  for await (const record of readRecords(file, options)) records.push(record);
  return records;
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}
