import { getEnv, type Env } from "@/lib/env";
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

type LimitsEnv = Pick<
  Env,
  | "DISTILLSCOPE_MAX_FILE_BYTES"
  | "DISTILLSCOPE_MAX_UNPACKED_BYTES"
  | "DISTILLSCOPE_MAX_COMPRESSION_RATIO"
  | "DISTILLSCOPE_BOMB_MIN_BYTES"
  | "DISTILLSCOPE_MAX_ARCHIVE_ENTRIES"
  | "DISTILLSCOPE_MAX_RECORD_BYTES"
>;

/** Defaults, then the environment (validated in lib/env.ts), then explicit overrides (which win). */
export function resolveLimits(overrides: Partial<IngestLimits> = {}, env: LimitsEnv = getEnv()): IngestLimits {
  const fromEnv: Partial<IngestLimits> = {
    maxFileBytes: env.DISTILLSCOPE_MAX_FILE_BYTES,
    maxUnpackedBytes: env.DISTILLSCOPE_MAX_UNPACKED_BYTES,
    maxCompressionRatio: env.DISTILLSCOPE_MAX_COMPRESSION_RATIO,
    bombMinBytes: env.DISTILLSCOPE_BOMB_MIN_BYTES,
    maxEntries: env.DISTILLSCOPE_MAX_ARCHIVE_ENTRIES,
    maxRecordBytes: env.DISTILLSCOPE_MAX_RECORD_BYTES,
  };
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof IngestLimits)[]) {
    const value = overrides[key] ?? fromEnv[key];
    if (value !== undefined && Number.isFinite(value) && value > 0) limits[key] = value;
  }
  return limits;
}
