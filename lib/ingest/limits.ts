import type { IngestLimits } from "@/lib/ingest/types";

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

export const DEFAULT_LIMITS: IngestLimits = {
  maxFileBytes: 2 * GiB,
  maxUnpackedBytes: 4 * GiB,
  // Real text compresses 3-10x; 200x over more than 16 MB only happens with crafted or degenerate data.
  maxCompressionRatio: 200,
  bombMinBytes: 16 * MiB,
  maxEntries: 10_000,
  maxRecordBytes: 64 * MiB,
};

const ENV_NAMES: Record<keyof IngestLimits, string> = {
  maxFileBytes: "DISTILLSCOPE_MAX_FILE_BYTES",
  maxUnpackedBytes: "DISTILLSCOPE_MAX_UNPACKED_BYTES",
  maxCompressionRatio: "DISTILLSCOPE_MAX_COMPRESSION_RATIO",
  bombMinBytes: "DISTILLSCOPE_BOMB_MIN_BYTES",
  maxEntries: "DISTILLSCOPE_MAX_ARCHIVE_ENTRIES",
  maxRecordBytes: "DISTILLSCOPE_MAX_RECORD_BYTES",
};

/** Defaults, then environment overrides, then explicit overrides (which win). */
export function resolveLimits(overrides: Partial<IngestLimits> = {}, env: Record<string, string | undefined> = process.env): IngestLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV_NAMES) as (keyof IngestLimits)[]) {
    const raw = env[ENV_NAMES[key]];
    const value = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
    if (Number.isFinite(value) && value > 0) limits[key] = value;
    const given = overrides[key];
    if (given !== undefined && Number.isFinite(given) && given > 0) limits[key] = given;
  }
  return limits;
}
