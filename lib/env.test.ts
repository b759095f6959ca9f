import { afterEach, describe, expect, it } from "vitest";
import { EnvError, getEnv, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives the defaults for an empty environment, and treats blank values as unset", () => {
    const env = parseEnv({ DISTILLSCOPE_UPLOADS_PER_HOUR: "  ", DISTILLSCOPE_PUBLIC_URL: "" });
    expect(env).toMatchObject({ DISTILLSCOPE_DATA_DIR: "data", DISTILLSCOPE_WORKER: "inline", DISTILLSCOPE_TRUST_PROXY: false, DISTILLSCOPE_WORKER_WARMUP: true, DISTILLSCOPE_UPLOADS_PER_HOUR: 60, DISTILLSCOPE_ANALYSES_PER_HOUR: 30 });
    expect(env.DISTILLSCOPE_PUBLIC_URL).toBeUndefined();
  });

  it("coerces numbers, flags and origins", () => {
    const env = parseEnv({ DISTILLSCOPE_UPLOADS_PER_HOUR: "5", DISTILLSCOPE_TRUST_PROXY: "Yes", DISTILLSCOPE_PUBLIC_URL: "https://Distillscope.Example.org/", DISTILLSCOPE_SIGNUP: "CLOSED", DISTILLSCOPE_THREADS: "0", DISTILLSCOPE_WORKER_WARMUP: "off" });
    expect(env).toMatchObject({ DISTILLSCOPE_UPLOADS_PER_HOUR: 5, DISTILLSCOPE_TRUST_PROXY: true, DISTILLSCOPE_PUBLIC_URL: "https://distillscope.example.org", DISTILLSCOPE_SIGNUP: "closed", DISTILLSCOPE_THREADS: 0, DISTILLSCOPE_WORKER_WARMUP: false });
  });

  it("refuses bad values with one message naming each variable, its value and what it must be", () => {
    let error: unknown;
    try {
      parseEnv({ DISTILLSCOPE_ANALYSES_PER_HOUR: "0", DISTILLSCOPE_PUBLIC_URL: "https://x.example.org/app", DISTILLSCOPE_WORKER: "sometimes", DATABASE_URL: "mysql://x", BETTER_AUTH_SECRET: "short" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toContain('DISTILLSCOPE_ANALYSES_PER_HOUR="0": must be a whole number above 0');
    expect(message).toContain('DISTILLSCOPE_PUBLIC_URL="https://x.example.org/app": must be the public origin');
    expect(message).toContain('DISTILLSCOPE_WORKER="sometimes": must be inline or off');
    expect(message).toContain('DATABASE_URL="mysql://x": must start with file:, postgres:// or postgresql://');
    expect(message).toContain("BETTER_AUTH_SECRET");
    expect((error as EnvError).problems.map((p) => p.name).sort()).toEqual(["BETTER_AUTH_SECRET", "DATABASE_URL", "DISTILLSCOPE_ANALYSES_PER_HOUR", "DISTILLSCOPE_PUBLIC_URL", "DISTILLSCOPE_WORKER"]);
  });
});

describe("getEnv", () => {
  afterEach(() => {
    delete process.env.DISTILLSCOPE_UPLOADS_PER_HOUR;
  });

  it("follows changes to the declared variables (tests set them between cases)", () => {
    process.env.DISTILLSCOPE_UPLOADS_PER_HOUR = "7";
    expect(getEnv().DISTILLSCOPE_UPLOADS_PER_HOUR).toBe(7);
    process.env.DISTILLSCOPE_UPLOADS_PER_HOUR = "8";
    expect(getEnv().DISTILLSCOPE_UPLOADS_PER_HOUR).toBe(8);
    process.env.DISTILLSCOPE_UPLOADS_PER_HOUR = "eight";
    expect(() => getEnv()).toThrow(EnvError);
  });
});
