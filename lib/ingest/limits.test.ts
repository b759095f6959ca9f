import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { DEFAULT_LIMITS, resolveLimits } from "@/lib/ingest/limits";

describe("resolveLimits", () => {
  it("defaults: 2 GiB files, 4 GiB unpacked", () => {
    const limits = resolveLimits({}, parseEnv({}));
    expect(limits.maxFileBytes).toBe(2 * 1024 ** 3);
    expect(limits.maxUnpackedBytes).toBe(4 * 1024 ** 3);
    expect(limits).toEqual(DEFAULT_LIMITS);
  });

  it("environment overrides defaults; explicit options override both", () => {
    const env = parseEnv({ DISTILLSCOPE_MAX_FILE_BYTES: "1000", DISTILLSCOPE_MAX_COMPRESSION_RATIO: "50.5" });
    const limits = resolveLimits({ maxEntries: 3 }, env);
    expect(limits.maxFileBytes).toBe(1000);
    expect(limits.maxUnpackedBytes).toBe(DEFAULT_LIMITS.maxUnpackedBytes);
    expect(limits.maxCompressionRatio).toBe(50.5);
    expect(limits.maxEntries).toBe(3);
    expect(resolveLimits({ maxFileBytes: 5 }, env).maxFileBytes).toBe(5);
  });

  it("refuses junk instead of silently falling back on the default", () => {
    expect(() => parseEnv({ DISTILLSCOPE_MAX_UNPACKED_BYTES: "abc" })).toThrow(EnvError);
    expect(() => parseEnv({ DISTILLSCOPE_MAX_COMPRESSION_RATIO: "-5" })).toThrow(/DISTILLSCOPE_MAX_COMPRESSION_RATIO="-5": must be a number above 0/);
  });
});
