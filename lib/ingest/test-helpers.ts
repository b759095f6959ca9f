// Shared by the ingest tests: fixture paths and draining readRecords.
import path from "node:path";
import { readRecords } from "@/lib/ingest/read-records";
import type { IngestRecord, ReadOptions } from "@/lib/ingest/types";

export const FIXTURES = path.resolve(__dirname, "../../test/fixtures/ingest");

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
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
