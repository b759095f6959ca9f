import { z } from "zod";

// Validated once at start (create-t3-app style): a bad value fails loudly with its name.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: "DATABASE_URL must start with file:, postgres:// or postgresql://",
    }),
  DISTILLSCOPE_DATA_DIR: z.string().default("data"),
  DISTILLSCOPE_WORKER: z.enum(["inline", "off"]).default("inline"),
  DISTILLSCOPE_PUBLIC_URL: z.string().url().optional(),
  // Key-encryption key for stored model-API keys (lib/collect/secret-key.ts); else generated in the data dir.
  DISTILLSCOPE_SECRET_KEY: z.string().min(32, "DISTILLSCOPE_SECRET_KEY must be at least 32 characters (e.g. openssl rand -base64 32)").optional(),
  // The model-API key for `cli collect` (never stored).
  DISTILLSCOPE_API_KEY: z.string().optional(),
  // How long a worker's claim on a collection run lasts without a heartbeat before another worker takes it.
  DISTILLSCOPE_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${detail}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change the environment. */
export function resetEnvCache(): void {
  cached = undefined;
}
