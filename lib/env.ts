import { z } from "zod";

// Every environment variable the app reads is declared here, once, and parsed by zod (create-t3-app style).
// A bad value is an error naming the variable, never a silent fallback: the server (instrumentation.ts) and
// the CLI (cli/main.ts) refuse to start with that message. Nothing else reads process.env for app settings.

const TRUE = new Set(["1", "true", "yes", "on"]);
const FALSE = new Set(["0", "false", "no", "off"]);

/** "" counts as unset, so `FOO= npm start` means the default rather than an error. */
const unsetIfBlank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const wholeNumber = (min: 0 | 1, example: number) => {
  const error = `must be a whole number${min > 0 ? " above 0" : " (0 or more)"}, like ${example}`;
  return z.preprocess(
    unsetIfBlank,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error })
      .transform(Number)
      .refine((n) => n >= min && Number.isSafeInteger(n), { error })
      .optional(),
  );
};

const positiveNumber = z.preprocess(
  unsetIfBlank,
  z
    .string()
    .trim()
    .transform(Number)
    .refine((n) => Number.isFinite(n) && n > 0, { error: "must be a number above 0, like 200" })
    .optional(),
);

const flag = (unset = false) =>
  z.preprocess(
    unsetIfBlank,
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => TRUE.has(v) || FALSE.has(v), { error: "must be 1, true, yes or on (or 0, false, no, off)" })
      .transform((v) => TRUE.has(v))
      .default(unset),
  );

const origin = z.preprocess(
  unsetIfBlank,
  z
    .string()
    .trim()
    .refine((v) => {
      try {
        const url = new URL(v);
        return (url.protocol === "http:" || url.protocol === "https:") && (url.pathname === "/" || url.pathname === "") && !url.search && !url.hash;
      } catch {
        return false;
      }
    }, { error: "must be the public origin the browser sees, like https://distillscope.example.org (http or https, no path)" })
    .transform((v) => new URL(v).origin)
    .optional(),
);

const schema = z.object({
  DATABASE_URL: z.preprocess(
    unsetIfBlank,
    z
      .string()
      .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), { error: "must start with file:, postgres:// or postgresql://" })
      .optional(),
  ),
  DISTILLSCOPE_DATA_DIR: z.preprocess(unsetIfBlank, z.string().default("data")),
  DISTILLSCOPE_WORKER: z.preprocess(unsetIfBlank, z.enum(["inline", "off"], { error: "must be inline or off" }).default("inline")),
  /** Read by scripts/start-server.mjs (`npm start`) before any server starts; listed here so a bad value is named. */
  DISTILLSCOPE_WEB_PROCESSES: z.preprocess(unsetIfBlank, z.coerce.number({ error: "must be a whole number from 1 to 64" }).int().min(1).max(64).optional()),
  /** Read by scripts/start-server.mjs, like DISTILLSCOPE_WEB_PROCESSES: renders of /example per web process at start. */
  DISTILLSCOPE_WARMUP_RENDERS: z.preprocess(unsetIfBlank, z.coerce.number({ error: "must be a whole number of renders, 0 to turn the warm-up off" }).int().min(0).optional()),
  /** The origin browsers use (behind a proxy: the proxy's). Share links, cookies' Secure flag, the CSRF check and HSTS follow it. */
  DISTILLSCOPE_PUBLIC_URL: origin,
  /** Trust X-Forwarded-For/-Host/-Proto: only behind a proxy that sets them (and strips the client's). */
  DISTILLSCOPE_TRUST_PROXY: flag(),
  BETTER_AUTH_SECRET: z.preprocess(
    unsetIfBlank,
    z.string().min(32, { error: "must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)" }).optional(),
  ),
  DISTILLSCOPE_SIGNUP: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : undefined),
    z.enum(["open", "closed"], { error: "must be open or closed" }).optional(),
  ),
  DISTILLSCOPE_UPLOADS_PER_HOUR: wholeNumber(1, 60).transform((v) => v ?? 60),
  DISTILLSCOPE_ANALYSES_PER_HOUR: wholeNumber(1, 30).transform((v) => v ?? 30),
  DISTILLSCOPE_UPLOAD_BYTES_PER_DAY: wholeNumber(1, 10737418240).transform((v) => v ?? 10 * 1024 ** 3),
  // Ingest limits: unset means the defaults in lib/ingest/limits.ts.
  DISTILLSCOPE_MAX_FILE_BYTES: wholeNumber(1, 2147483648),
  DISTILLSCOPE_MAX_UNPACKED_BYTES: wholeNumber(1, 4294967296),
  DISTILLSCOPE_MAX_COMPRESSION_RATIO: positiveNumber,
  DISTILLSCOPE_BOMB_MIN_BYTES: wholeNumber(1, 16777216),
  DISTILLSCOPE_MAX_ARCHIVE_ENTRIES: wholeNumber(1, 10000),
  DISTILLSCOPE_MAX_RECORD_BYTES: wholeNumber(1, 67108864),
  /** Worker threads for CPU-bound work; 0 = none; unset = one per core when there are two or more. */
  DISTILLSCOPE_THREADS: wholeNumber(0, 2),
  /** A job worker analyses a small made-up set once, when it first has nothing to do (warm-up-analysis.ts). */
  DISTILLSCOPE_WORKER_WARMUP: flag(true),
  /** Key-encryption key for stored model-API keys (lib/collect/secret-key.ts); unset: generated into the data dir. */
  DISTILLSCOPE_SECRET_KEY: z.preprocess(
    unsetIfBlank,
    z.string().min(32, { error: "must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)" }).optional(),
  ),
  /** The model-API key for `cli collect` (never stored). */
  DISTILLSCOPE_API_KEY: z.preprocess(unsetIfBlank, z.string().optional()),
  /** Seconds a job's (and a collection run's) claim lasts without a heartbeat before another worker takes it over. */
  DISTILLSCOPE_LEASE_SECONDS: wholeNumber(1, 30).transform((v) => v ?? 30),
  /** Times a job is started before it fails for good when its workers keep dying (lib/jobs). */
  DISTILLSCOPE_JOB_ATTEMPTS: wholeNumber(1, 3).transform((v) => v ?? 3),
  /** Where uploads wait for their ingest: the database (any worker can read them) or the local disk. */
  DISTILLSCOPE_SPOOL: z.preprocess(unsetIfBlank, z.enum(["database", "disk"], { error: "must be database or disk" }).default("database")),
});

export type Env = z.infer<typeof schema>;
export const ENV_NAMES = Object.keys(schema.shape) as (keyof Env)[];

export class EnvError extends Error {
  constructor(readonly problems: { name: string; value: string; message: string }[]) {
    super(
      `Invalid environment variable${problems.length > 1 ? "s" : ""}:\n` +
        problems.map((p) => `  ${p.name}=${JSON.stringify(p.value)}: ${p.message}`).join("\n") +
        "\nFix or unset them, then start again (README.md describes each variable; lib/env.ts declares them).",
    );
    this.name = "EnvError";
  }
}

/** Parses a set of variables (process.env by default); throws EnvError naming every bad one. */
export function parseEnv(raw: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    return { name, value: raw[name] ?? "", message: issue.message };
  });
  throw new EnvError(problems);
}

let cached: { key: string; env: Env } | undefined;

/**
 * The parsed environment. Parsed again only when one of the declared variables changed (tests set them
 * between cases; a server never does), so every reader sees the current values at no real cost.
 */
export function getEnv(): Env {
  const key = ENV_NAMES.map((name) => process.env[name] ?? "\u0000").join("\u0001");
  if (cached?.key === key) return cached.env;
  const env = parseEnv(process.env);
  cached = { key, env };
  return env;
}
