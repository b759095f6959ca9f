import { existsSync, statSync } from "node:fs";
import type { AnalysisCorpus } from "@/lib/analysis/analyze";
import { analyze } from "@/lib/analysis/analyze";
import type { AnalysisResult } from "@/lib/analysis/result-types";
import type { CorpusSummary } from "@/lib/db/corpora/corpus-summary";
import { analysisOptionsSchema } from "@/lib/workflows/analysis-options";
import { loadFileCorpus } from "@/lib/workflows/load-file-corpus";
import { closeFeatureThreadsAfter, warmFeatureThreads } from "@/lib/features/compute-features-async";
import { loadSnippetDocuments } from "@/lib/workflows/snippet-documents";
import { mapConcurrently } from "@/lib/threads/map-concurrently";
import { buildIdentityEvidence } from "@/lib/identity/build-identity-evidence";
import type { CorpusIdentity } from "@/lib/identity/identity-types";
import { humanReferenceForLanguage } from "@/lib/analysis/language-references";
import { mainLanguage } from "@/lib/text/detect-languages";
import { offPromptNote } from "@/lib/analysis/off-prompt-note";
import { formatTable } from "../format-table";
import { numberFlag, UsageError, type CliFlags } from "../parse-args";

export async function analyzeCommand(flags: CliFlags): Promise<void> {
  const sources = flags.source ?? [];
  const candidates = flags.candidate ?? [];
  if (sources.length < 2) throw new UsageError("analyze needs at least two --source arguments (files or corpus ids/names).");
  if (candidates.length < 1) throw new UsageError("analyze needs at least one --candidate argument.");
  const options = analysisOptionsSchema.parse({
    mfw: numberFlag(flags, "mfw"),
    culling: numberFlag(flags, "culling"),
    bootstrap: numberFlag(flags, "bootstrap"),
    seed: numberFlag(flags, "seed"),
    maxDocumentsPerCorpus: numberFlag(flags, "max-docs"),
  });
  const workspaceRef = flags.workspace;
  // A few corpora at a time: enough to keep the fingerprinting threads busy, without every file's texts in
  // memory at once. Largest files first, so the threads end on small corpora: the one that finishes first
  // waits less for the other (the results keep the arguments' order).
  const args = [...sources, ...candidates];
  const sizes = args.map(fileSize);
  const files = sizes.filter((size) => size > 0).length;
  if (files > 0) warmFeatureThreads();
  // One fingerprint per file and no more: each thread ends when it runs out of work, not beside the last one
  // at work (12 AlpacaEval files, 6 alternating runs: peak RSS 361-372 MiB against 362-400 before).
  closeFeatureThreadsAfter(files);
  const order = sizes.map((size, i) => ({ i, size })).sort((a, b) => b.size - a.size || a.i - b.i);
  const loaded = new Array<LoadedCorpus>(args.length);
  const ready: AnalysisCorpus[] = [];
  await mapConcurrently(order, 3, async ({ i }) => {
    const corpus = await resolveArgument(args[i], workspaceRef);
    loaded[i] = corpus;
    ready.push(corpus);
    // With one corpus left to fingerprint, a thread and its core are free: the human word lists of the
    // corpora's languages load now, on this thread, rather than after the last corpus (SUBTLEX: ~0.2 s).
    if (ready.length === args.length - 1) setImmediate(() => preloadReferences(ready));
  });
  dedupeNames(loaded);
  const result = await analyze({
    sources: loaded.slice(0, sources.length),
    candidates: loaded.slice(sources.length),
    params: options,
    getDocuments: loadSnippetDocuments,
    releaseRows: true,
    onProgress: flags.json ? undefined : (stage) => process.stderr.write(`\r\x1b[K${stage}…`),
  });
  if (!flags.json) process.stderr.write("\r\x1b[K");
  // Identity statements (issue 11): a file's, collected as it was read; a stored corpus', from the database.
  const identity = buildIdentityEvidence(
    loaded.map((c, i) => ({ corpusId: c.id, name: c.name, model: c.model, role: i < sources.length ? "source" : "candidate", identity: c.identity })),
  );
  process.stdout.write(flags.json ? JSON.stringify({ ...result, identity }) + "\n" : describe(result) + "\n");
}

/** Bytes of a file argument (0 for a stored corpus). */
function fileSize(arg: string): number {
  return existsSync(arg) && statSync(arg).isFile() ? statSync(arg).size : 0;
}

function preloadReferences(corpora: AnalysisCorpus[]): void {
  for (const code of new Set(corpora.map((c) => mainLanguage(c.features.languages ?? [])))) humanReferenceForLanguage(code);
}

type LoadedCorpus = AnalysisCorpus & { identity: CorpusIdentity };

// The database modules load only for a stored corpus: an analysis of files never needs them (~40 MB).
async function resolveArgument(arg: string, workspaceRef: string | undefined): Promise<LoadedCorpus> {
  if (existsSync(arg) && statSync(arg).isFile()) return loadFileCorpus(arg);
  const { resolveOperatorWorkspace } = await import("@/lib/db/accounts/workspaces");
  const { loadCorpusFeatures } = await import("@/lib/workflows/load-analysis-corpus");
  const { loadCorpusIdentities } = await import("@/lib/db/identity/corpus-identity-store");
  const { computeCorpusIdentity } = await import("@/lib/workflows/corpus-identity");
  const corpus = await findCorpus(arg, (await resolveOperatorWorkspace(workspaceRef)).id);
  const features = await loadCorpusFeatures(corpus);
  const identity = (await loadCorpusIdentities([corpus.id])).get(corpus.id) ?? (await computeCorpusIdentity(corpus.id));
  return { id: corpus.id, name: corpus.name, model: corpus.model, features, identity };
}

async function findCorpus(arg: string, workspaceId: string): Promise<CorpusSummary> {
  const { getCorporaById } = await import("@/lib/db/corpora/get-corpora-by-id");
  const { listCorpora } = await import("@/lib/db/corpora/list-corpora");
  const byId = await getCorporaById(workspaceId, [arg]);
  if (byId.found[0]) return byId.found[0];
  const named = (await listCorpora(workspaceId)).filter((c) => c.name === arg);
  if (named.length === 1) return named[0];
  if (named.length > 1) throw new UsageError(`"${arg}" names ${named.length} corpora: use an id (${named.map((c) => c.id).join(", ")}).`);
  throw new UsageError(`"${arg}" is neither a file nor a corpus id or name (see: npm run --silent cli -- corpora).`);
}

function dedupeNames(corpora: AnalysisCorpus[]): void {
  const seen = new Map<string, number>();
  for (const c of corpora) {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    if (n > 1) c.name = `${c.name} (${n})`;
  }
}

function describe(result: AnalysisResult): string {
  const parts = [
    `Sources: ${result.sources.join(", ")}`,
    `Separability: ${(result.separability.accuracy * 100).toFixed(1)}% cross-validated accuracy (chance ${(result.separability.chance * 100).toFixed(1)}%)`,
  ];
  for (const c of result.candidates) {
    const verdict = c.verdict.source ? `${c.verdict.source} (confidence ${(c.verdict.confidence * 100).toFixed(0)}%)` : `inconclusive (${c.verdict.reason})`;
    parts.push(`\nCandidate ${c.name}: ${verdict}`);
    if (c.verdict.details) parts.push(`  ${c.verdict.details}`);
    if (c.reading) parts.push(`  ${c.reading.text}`);
    const offPrompt = offPromptNote(c);
    if (offPrompt) parts.push(`  Warning: ${offPrompt} \`collect --like-corpus CORPUS\` samples a model on a stored corpus' prompts.`);
    parts.push("Distinctive vocabulary (inheritance; the verdict's question):");
    parts.push(formatTable(["source", "score", "95% low", "95% high"], c.ranking.map((r) => [r.source, round(r.score), round(r.low), round(r.high)])));
    if (c.kinship) {
      parts.push("Form (kinship: what a shared base model leaves):");
      parts.push(formatTable(["source", "score", "95% low", "95% high"], c.kinship.ranking.map((r) => [r.source, round(r.score), round(r.low), round(r.high)])));
    }
  }
  const p = result.params;
  parts.push(`\nParameters: MFW ${p.mfw}, culling ${p.culling}, char ${p.charNgram.join("-")}-grams, bootstrap ${p.bootstrap}, seed ${p.seed}`);
  return parts.join("\n");
}

const round = (x: number) => Math.round(x * 1000) / 1000;
