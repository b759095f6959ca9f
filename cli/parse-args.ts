import { parseArgs } from "node:util";

export class UsageError extends Error {}

export const USAGE = `Distillscope command line (works directly against the database: DATABASE_URL, default ./data/distillscope.db)
It is an operator tool: no sign-in. --workspace <id|name> picks the workspace (default: the first one,
created as "Default workspace" if there is none; the first user to sign up becomes its owner).

  ingest <file>... [--name N] [--model M] [--provider P] [--model-version V] [--notes T]
                   [--format F] [--mapping JSON] [--split-by-model] [--skip-bad-records] [--json]
  corpora [--search S] [--json]
  delete <corpus-id>
  workspaces [--json]    list workspaces with their ids
  analyze --source <file|corpus> [--source ...] --candidate <file|corpus> [--candidate ...]
          [--mfw N] [--culling X] [--bootstrap N] [--seed N] [--max-docs N] [--json]
  worker [--once]        run queued analyses and collections (more workers may run on other machines on PostgreSQL)
  collect --base-url URL --model ID (--prompts FILE|builtin:general-v1|builtin:identity-v1 | --like-corpus ID)
          --name NAME [--provider openai-compatible|anthropic|gemini] [--concurrency N] [--samples N]
          [--temperature T] [--max-tokens N] [--system TEXT] [--budget-requests N] [--budget-tokens N]
          [--timeout SECONDS] [--reasoning-corpus] [--json]
          key from --api-key or DISTILLSCOPE_API_KEY (never stored); Ctrl-C stops, --resume RUN-ID continues
`;

const spec = {
  name: { type: "string" },
  model: { type: "string" },
  provider: { type: "string" },
  "model-version": { type: "string" },
  notes: { type: "string" },
  format: { type: "string" },
  mapping: { type: "string" },
  "split-by-model": { type: "boolean" },
  "skip-bad-records": { type: "boolean" },
  json: { type: "boolean" },
  search: { type: "string" },
  workspace: { type: "string" },
  source: { type: "string", multiple: true },
  candidate: { type: "string", multiple: true },
  mfw: { type: "string" },
  culling: { type: "string" },
  bootstrap: { type: "string" },
  seed: { type: "string" },
  "max-docs": { type: "string" },
  once: { type: "boolean" },
  "base-url": { type: "string" },
  prompts: { type: "string" },
  "like-corpus": { type: "string" },
  concurrency: { type: "string" },
  samples: { type: "string" },
  temperature: { type: "string" },
  "max-tokens": { type: "string" },
  system: { type: "string" },
  "budget-requests": { type: "string" },
  "budget-tokens": { type: "string" },
  timeout: { type: "string" },
  "reasoning-corpus": { type: "boolean" },
  "api-key": { type: "string" },
  resume: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export function parseCli(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: spec, allowPositionals: true, strict: true });
    const [command, ...rest] = positionals;
    return { command, args: rest, flags: values };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export type CliFlags = ReturnType<typeof parseCli>["flags"];

type NumberFlag = "mfw" | "culling" | "bootstrap" | "seed" | "max-docs" | "concurrency" | "samples" | "temperature" | "max-tokens" | "budget-requests" | "budget-tokens" | "timeout";

export function numberFlag(flags: CliFlags, name: NumberFlag): number | undefined {
  const raw = flags[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new UsageError(`--${name} must be a number, got "${raw}".`);
  return value;
}
