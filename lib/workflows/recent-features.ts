import type { CorpusFeatures } from "@/lib/features/feature-types";
import { valuesForWalk } from "@/lib/features/term-list-bytes";

// Fingerprints a worker computed or read in the last few minutes, kept in its memory: a fresh upload is
// fingerprinted by the worker right before the user presses Start, and an analyst often runs several analyses
// of the same corpora in a row; each then takes them from here instead of reading megabytes back from the
// database and inflating them again. Only job workers keep them (runWorker turns this on); bounded by age
// and bytes, oldest first out. Analyses only read features.

const KEEP_MS = 5 * 60_000;
const MAX_BYTES = 256 * 1024 * 1024;

type Entry = { features: CorpusFeatures; bytes: number; at: number };
const entries = new Map<string, Entry>();
let enabled = false;
let sweeper: NodeJS.Timeout | undefined;

export function keepRecentFeatures(on: boolean): void {
  enabled = on;
  if (!on) entries.clear();
}

export function rememberFeatures(corpusId: string, features: CorpusFeatures): void {
  if (!enabled) return;
  entries.delete(corpusId);
  entries.set(corpusId, { features, bytes: typedBytes(features), at: Date.now() });
  let total = [...entries.values()].reduce((s, e) => s + e.bytes, 0);
  for (const [id, e] of entries) {
    if (total <= MAX_BYTES) break;
    entries.delete(id);
    total -= e.bytes;
  }
  sweeper ??= setInterval(dropExpired, KEEP_MS / 5).unref();
}

/** The features computed here lately for this corpus and feature version, or null. */
export function recallFeatures(corpusId: string, version: number): CorpusFeatures | null {
  const e = entries.get(corpusId);
  if (!e || e.features.version !== version || Date.now() - e.at > KEEP_MS) return null;
  return e.features;
}

export function forgetFeatures(corpusId: string): void {
  entries.delete(corpusId);
}

function dropExpired(): void {
  for (const [id, e] of entries) if (Date.now() - e.at > KEEP_MS) entries.delete(id);
  if (entries.size === 0 && sweeper) {
    clearInterval(sweeper);
    sweeper = undefined;
  }
}

/** Bytes of the typed arrays in an object: what the features weigh in memory. */
function typedBytes(value: unknown, seen = new Set<object>()): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value === null || typeof value !== "object" || seen.has(value)) return typeof value === "string" ? value.length * 2 : 0;
  seen.add(value);
  let n = 0;
  for (const v of Array.isArray(value) ? value : valuesForWalk(value)) n += typedBytes(v, seen);
  return n;
}
