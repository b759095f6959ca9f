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
