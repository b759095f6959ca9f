// A preview for the upload page: detection, the first records, and counts from a bounded streaming scan.
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { BadRecords } from "@/lib/ingest/bad-records";
import { detectFormat } from "@/lib/ingest/detect-format";
import { IngestError } from "@/lib/ingest/ingest-error";
import { readRecords } from "@/lib/ingest/read-records";
import type { FieldMapping, FilePreview, IngestErrorJSON, IngestFormat, IngestLimits, IngestRecord, SkippedRecord } from "@/lib/ingest/types";

export type PreviewOptions = {
  displayName?: string;
  format?: IngestFormat;
  mapping?: FieldMapping;
  limits?: Partial<IngestLimits>;
  /** How many records to return (default 5). */
  sampleSize?: number;
  /** Stop counting after this long (default 10 s) or this many input bytes (default unlimited): counts become partial. */
  maxScanMs?: number;
  maxScanBytes?: number;
};

export async function previewFile(filePath: string, options: PreviewOptions = {}): Promise<FilePreview> {
  const displayName = options.displayName ?? basename(filePath);
  const detection = await detectFormat(filePath, displayName, { format: options.format, mapping: options.mapping, limits: options.limits });
  const { size: totalBytes } = await stat(filePath);
  const sampleSize = options.sampleSize ?? 5;
  const maxScanMs = options.maxScanMs ?? 10_000;
  const maxScanBytes = options.maxScanBytes ?? Infinity;

  const records: IngestRecord[] = [];
  const models = new Map<string | null, number>();
  const skipped: SkippedRecord[] = [];
  const bad = new Map<string, BadRecords>();
  const containers = new Map(detection.entries.map((entry) => [entry.file, entry.container]));
  const drain = () => {
    for (const item of skipped) {
      const key = `${item.file}\u0000${item.code}`;
      let group = bad.get(key);
      if (!group) bad.set(key, (group = new BadRecords(item.file, containers.get(item.file) ?? "lines", false)));
      group.add(item.code, item.line, item.reason);
    }
    skipped.length = 0;
  };

  let bytesScanned = 0;
  let recordCount = 0;
  let partial = false;
  const fatal: IngestErrorJSON[] = [];
  const started = Date.now();
  try {
    const stream = readRecords(filePath, {
      displayName,
      format: options.format,
      mapping: options.mapping,
      limits: options.limits,
      skipBadRecords: true,
      skipped,
      onBytes: (bytes) => (bytesScanned = bytes),
    });
    for await (const record of stream) {
      recordCount += 1;
      if (records.length < sampleSize) records.push(record);
      const model = record.model ?? null;
      models.set(model, (models.get(model) ?? 0) + 1);
      if (skipped.length > 1000) drain();
      if ((recordCount & 255) === 0 && (Date.now() - started > maxScanMs || bytesScanned > maxScanBytes)) {
        partial = true;
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    fatal.push(error.toJSON());
    partial = true;
  }
  drain();
  if (!partial) bytesScanned = totalBytes;

  const problems = [...fatal, ...[...bad.values()].map((group) => group.error().toJSON())];
  return {
    ...detection,
    records,
    recordCount,
    models: [...models].map(([model, count]) => ({ model, count })).sort((a, b) => b.count - a.count),
    partial,
    bytesScanned,
    totalBytes,
    problems,
  };
}
