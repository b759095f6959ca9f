import { basename } from "node:path";
import { IngestError } from "@/lib/ingest/ingest-error";
import { resolveLimits } from "@/lib/ingest/limits";
import { openEntries } from "@/lib/ingest/open-input";
import { Peekable } from "@/lib/ingest/peekable";
import { type Sniffed, type SniffOverrides, sniffEntry } from "@/lib/ingest/sniff-entry";
import type { DetectionResult, EntryDetection, IngestLimits } from "@/lib/ingest/types";

// Start with 64 KB; look further only when no complete record fits (huge records, minified arrays).
const HEAD_STEPS = [64 * 1024, 1024 * 1024, 8 * 1024 * 1024];
const MAX_DETECTED_ENTRIES = 200;

export async function sniffStream(peekable: Peekable, file: string, name: string, overrides: SniffOverrides = {}): Promise<Sniffed> {
  for (let step = 0; ; step++) {
    const size = HEAD_STEPS[step];
    const { head, eof } = await peekable.peek(size);
    // Reads come in 1 MB chunks: sniff only the requested head so results do not depend on chunking.
    const sniffed = sniffEntry(head.subarray(0, size), eof && head.length <= size, file, name, overrides);
    if (!sniffed.needMore || step === HEAD_STEPS.length - 1) return sniffed;
  }
}

function publicPart(sniffed: Sniffed): EntryDetection {
  const { file, format, container, mapping, fields, reasons } = sniffed;
  return { file, format, container, mapping, fields, reasons };
}

export type DetectOptions = SniffOverrides & { limits?: Partial<IngestLimits> };

/** Sniffs the head of the file (of each entry, for a .zip): format, suggested mapping, fields, reasons. */
export async function detectFormat(filePath: string, displayName?: string, options: DetectOptions = {}): Promise<DetectionResult> {
  const limits = resolveLimits(options.limits);
  const name = displayName ?? basename(filePath);
  const entries: EntryDetection[] = [];
  let archive: DetectionResult["archive"];
  for await (const entry of openEntries(filePath, name, limits)) {
    archive = entry.archive;
    const peekable = new Peekable(entry.chunks);
    try {
      entries.push(publicPart(await sniffStream(peekable, entry.file, entry.name, options)));
    } finally {
      await peekable.close();
    }
    if (entries.length >= MAX_DETECTED_ENTRIES) break;
  }
  if (entries.length === 0) {
    throw new IngestError("empty-file", name, `${name} holds no files to import (only folders or system files). Choose an archive with data files.`);
  }
  const first = entries[0];
  const reasons = archive ? [`${archive} archive${archive === "zip" ? ` with ${entries.length} file(s)` : ""}`, ...first.reasons] : first.reasons;
  return { ...first, reasons, archive, entries };
}
