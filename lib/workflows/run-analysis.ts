import { analyze, type AnalysisCorpus } from "@/lib/analysis/analyze";
import type { AnalysisResult } from "@/lib/analysis/result-types";
import { completeAnalysis, failAnalysis as failStoredAnalysis, getAnalysisJob, reportAnalysisProgress } from "@/lib/db/analyses/run-state";
import type { CorpusSummary } from "@/lib/db/corpora/corpus-summary";
import { getCorporaById } from "@/lib/db/corpora/get-corpora-by-id";
import type { AnalysisOptions } from "./analysis-options";
import { computeCorpusFeatures, loadCurrentFeatures } from "./load-analysis-corpus";
import { loadSnippetDocumentsAhead } from "./snippet-documents";
import { buildAnalysisIdentity } from "./corpus-identity";

export type Progress = (stage: string, fraction: number) => void | Promise<void>;

/** Everything from stored corpora to an AnalysisResult; shared by the worker and the CLI. */
export async function analyzeCorpora(sources: CorpusSummary[], candidates: CorpusSummary[], options: AnalysisOptions, progress: Progress = () => undefined): Promise<AnalysisResult> {
  const all = [...sources, ...candidates];
  const names = uniqueNames(all);
  // Stored fingerprints load together (their inflate runs off this thread); missing ones are computed one
  // corpus at a time, so only one corpus' texts are in memory.
  const stored = await Promise.all(all.map((corpus) => loadCurrentFeatures(corpus)));
  const loaded: AnalysisCorpus[] = [];
  for (const [i, corpus] of all.entries()) {
    if (!stored[i]) await progress(`fingerprinting ${corpus.name}`, (0.4 * i) / all.length);
    const features = stored[i] ?? (await computeCorpusFeatures(corpus));
    loaded.push({ id: corpus.id, name: names[i], model: corpus.model, features });
  }
  let lastReport = 0;
  const result = await analyze({
    sources: loaded.slice(0, sources.length),
    candidates: loaded.slice(sources.length),
    params: options,
    getDocuments: loadSnippetDocumentsAhead(loaded),
    onProgress: (stage, fraction) => {
      const now = Date.now();
      if (now - lastReport < 250 && fraction < 1) return;
      lastReport = now;
      void progress(stage, 0.4 + 0.6 * fraction);
    },
  });
  return { ...result, identity: await buildAnalysisIdentity(sources, candidates, names) }; // issue 11
}

/**
 * Runs a claimed analysis and records its outcome. Never throws: failures are stored on the row. With
 * `workerId` (the job runner's attempt), only that attempt may write the outcome.
 */
export async function runStoredAnalysis(id: string, workerId?: string): Promise<void> {
  const failAnalysis = (analysisId: string, error: { code: string; message: string }) => failStoredAnalysis(analysisId, error, workerId);
  try {
    const analysis = await getAnalysisJob(id);
    if (!analysis) return;
    if (!analysis.workspaceId) {
      await failAnalysis(id, { code: "no-workspace", message: "This analysis belongs to no workspace. Start a new analysis." });
      return;
    }
    // Corpora are read from the analysis' own workspace only, whatever ids were stored.
    const sources = await getCorporaById(analysis.workspaceId, analysis.sourceIds);
    const candidates = await getCorporaById(analysis.workspaceId, analysis.candidateIds);
    const missing = [...sources.missing, ...candidates.missing];
    if (missing.length) {
      await failAnalysis(id, { code: "missing-corpus", message: `Corpora deleted since the analysis was queued: ${missing.join(", ")}. Start a new analysis.` });
      return;
    }
    const result = await analyzeCorpora(sources.found, candidates.found, analysis.options as AnalysisOptions, (stage, fraction) =>
      reportAnalysisProgress(id, stage, fraction),
    );
    await completeAnalysis(id, result, workerId);
  } catch (error) {
    console.error(`analysis ${id} failed`, error);
    await failAnalysis(id, { code: "analysis-failed", message: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
  }
}

function uniqueNames(corpora: CorpusSummary[]): string[] {
  const seen = new Map<string, number>();
  return corpora.map((c) => {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    return n === 1 ? c.name : `${c.name} (${n})`;
  });
}
