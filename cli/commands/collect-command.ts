import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { hostname } from "node:os";
import { createCollection, type PromptChoice } from "@/lib/collect/create-collection";
import { readPromptFile } from "@/lib/collect/prompt-sets/read-prompt-file";
import { KEY_REQUIRED, type Provider } from "@/lib/collect/providers";
import { runCollection, type LiveProgress } from "@/lib/collect/run-collection";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { getCollectionRun, requeueCollectionRun, type CollectionRunView } from "@/lib/db/collect/collection-runs";
import { getCorporaById } from "@/lib/db/corpora/get-corpora-by-id";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import { getEnv } from "@/lib/env";
import { numberFlag, UsageError, type CliFlags } from "../parse-args";

// `collect`: samples a model on a prompt list in this process (the key stays in memory, never stored) and
// leaves an ordinary corpus. Ctrl-C stops after the answers in flight are stored; --resume continues.

export async function collectCommand(flags: CliFlags): Promise<number> {
  const workspace = await resolveOperatorWorkspace(flags.workspace);
  const apiKey = flags["api-key"] ?? getEnv().DISTILLSCOPE_API_KEY;
  const provider = flags.provider ?? "openai-compatible";
  if (!apiKey && !flags.resume && provider in KEY_REQUIRED && KEY_REQUIRED[provider as Provider]) {
    throw new UsageError(`--provider ${provider} needs a key: --api-key KEY or DISTILLSCOPE_API_KEY.`);
  }
  const runId = flags.resume ? await prepareResume(workspace.id, flags.resume) : await createRun(workspace.id, flags);
  const controller = new AbortController();
  const stop = () => {
    if (!controller.signal.aborted) process.stderr.write("\nstopping: storing the answers in flight… (Ctrl-C again to quit at once)\n");
    else process.exit(130);
    controller.abort();
  };
  process.on("SIGINT", stop);
  const started = Date.now();
  const tty = process.stderr.isTTY;
  const outcome = await runCollection(runId, {
    workerId: `cli:${hostname()}:${process.pid}`,
    signal: controller.signal,
    apiKey: apiKey ?? "",
    onProgress: tty ? (p) => process.stderr.write(`\r\x1b[K${progressLine(p)}`) : undefined,
  });
  process.off("SIGINT", stop);
  if (tty) process.stderr.write("\r\x1b[K");
  const run = (await getCollectionRun(workspace.id, runId))!;
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  if (flags.json) process.stdout.write(JSON.stringify({ ...summary(run), seconds }) + "\n");
  else process.stdout.write(describe(run, seconds) + "\n");
  if (outcome.status === "done") return 0;
  if (!flags.json) process.stderr.write(`error: ${outcome.message ?? run.error?.message ?? `the collection is ${run.status}`}. Continue with: npm run --silent cli -- collect --resume ${run.id}\n`);
  return 1;
}

async function createRun(workspaceId: string, flags: CliFlags): Promise<string> {
  if (!flags["base-url"]) throw new UsageError("collect needs --base-url (e.g. https://api.openai.com/v1 or http://localhost:11434/v1).");
  if (!flags.model) throw new UsageError("collect needs --model (the model id the API expects).");
  if (!flags.name) throw new UsageError("collect needs --name (the name of the corpus it makes).");
  if (!!flags.prompts === !!flags["like-corpus"]) throw new UsageError("collect needs exactly one of --prompts FILE and --like-corpus ID.");
  const prompts = flags.prompts ? await promptsFromFlag(flags.prompts) : { kind: "corpus" as const, id: await findCorpusId(workspaceId, flags["like-corpus"]!) };
  const settings = {
    concurrency: numberFlag(flags, "concurrency"),
    samples: numberFlag(flags, "samples"),
    temperature: numberFlag(flags, "temperature") ?? null,
    maxTokens: numberFlag(flags, "max-tokens"),
    systemPrompt: flags.system,
    timeoutSeconds: numberFlag(flags, "timeout"),
    reasoningCorpus: flags["reasoning-corpus"] ?? false,
    budget: { requests: numberFlag(flags, "budget-requests") ?? null, tokens: numberFlag(flags, "budget-tokens") ?? null },
  };
  const run = await createCollection({
    workspaceId,
    userId: null,
    target: { provider: flags.provider ?? "openai-compatible", baseUrl: flags["base-url"], model: flags.model },
    prompts,
    name: flags.name,
    settings: Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)),
  });
  return run.id;
}

async function promptsFromFlag(value: string): Promise<PromptChoice> {
  if (value.startsWith("builtin:")) return { kind: "builtin", key: value.slice("builtin:".length) };
  if (!existsSync(value) || !statSync(value).isFile()) throw new UsageError(`${value}: no such file (or use builtin:general-v1, builtin:identity-v1).`);
  const file = await readPromptFile(value, path.basename(value));
  return { kind: "items", name: path.basename(value), prompts: file.prompts };
}

async function findCorpusId(workspaceId: string, ref: string): Promise<string> {
  const byId = await getCorporaById(workspaceId, [ref]);
  if (byId.found[0]) return byId.found[0].id;
  const named = (await listCorpora(workspaceId)).filter((c) => c.name === ref);
  if (named.length === 1) return named[0].id;
  if (named.length > 1) throw new UsageError(`"${ref}" names ${named.length} corpora: use an id (${named.map((c) => c.id).join(", ")}).`);
  throw new UsageError(`--like-corpus "${ref}" is neither a corpus id nor a corpus name (see: npm run --silent cli -- corpora).`);
}

async function prepareResume(workspaceId: string, id: string): Promise<string> {
  const run = await getCollectionRun(workspaceId, id);
  if (!run) throw new UsageError(`No collection ${id} in this workspace.`);
  if (run.status === "done") throw new UsageError(`Collection ${id} is already done (corpus ${run.corpusId}).`);
  if (["stopped", "cancelled", "failed"].includes(run.status)) await requeueCollectionRun(workspaceId, id, { finish: false });
  return id;
}

function progressLine(p: LiveProgress): string {
  const eta = p.etaSeconds === null ? "" : ` · ETA ${Math.floor(p.etaSeconds / 60)}:${String(p.etaSeconds % 60).padStart(2, "0")}`;
  return `${p.answered}/${p.total} answered · ${p.failed} failed · ${p.retrying} retrying · ${p.refusals} refusals · ${p.empty} empty${eta}`;
}

function summary(run: CollectionRunView) {
  const { id, name, status, stopReason, error, corpusId, reasoningCorpusId, model, total, answered, failed, empty, refusals, requests, inputTokens, outputTokens } = run;
  return { runId: id, name, status, stopReason, error, corpusId, reasoningCorpusId, model, total, answered, failed, empty, refusals, requests, inputTokens, outputTokens };
}

function describe(run: CollectionRunView, seconds: number): string {
  const counts = `${run.answered}/${run.total} answered (${run.refusals} refusals, ${run.empty} empty, ${run.failed} failed), ${run.requests} requests, ${run.inputTokens + run.outputTokens} tokens, ${seconds} s`;
  if (run.status === "done") return `Collected ${run.model} into corpus "${run.name}" (${run.corpusId}): ${counts}.`;
  return `Collection ${run.id} ${run.status}${run.stopReason ? ` (${run.stopReason})` : ""}: ${counts}.`;
}
