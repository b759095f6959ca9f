// "Stored features → result" as the product does it, against the database in DATABASE_URL: corpora are
// ingested and fingerprinted first (untimed), then each timed run is what the analysis worker does with a
// queued analysis (lib/jobs/run-worker.ts): claim it, load features and snippet documents from the database,
// analyze, store the result.
import { statSync } from "node:fs";
import path from "node:path";
import { createId } from "@/lib/ids";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { createAnalysis } from "@/lib/db/analyses/create-analysis";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { claimAnalysis } from "@/lib/db/analyses/run-state";
import { newAnalysisSchema } from "@/lib/workflows/analysis-options";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";
import { ingestNow } from "@/lib/workflows/ingest-upload";
import { loadStoredFeatures } from "@/lib/db/features/corpus-features-store";
import { FEATURE_VERSION } from "@/lib/features/compute-features";
import { loadCorpusFeatures } from "@/lib/workflows/load-analysis-corpus";
import { runStoredAnalysis } from "@/lib/workflows/run-analysis";

/** `featureBytes`: the stored fingerprints' size in all (gzip), as the database holds them. */
export type StoredCorpora = { sourceIds: string[]; candidateIds: string[]; featureBytes: number };

const WORKER_ID = `bench:${process.pid}`;

/** Refuses to run against the default data directory: the bench writes to its database. */
export function requireScratchDatabase(): void {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a scratch database: this bench writes corpora and analyses to it.");
}

/** Untimed setup: each file ingested as one corpus (as an upload is), then fingerprinted with the features stored, as a first analysis does. */
export async function storeCorpora(files: string[], sources: number): Promise<StoredCorpora> {
  const owner = { workspaceId: (await resolveOperatorWorkspace()).id };
  const ids: string[] = [];
  let featureBytes = 0;
  for (const file of files) {
    const { corpora } = await ingestNow([{ path: file, name: path.basename(file), bytes: statSync(file).size }], ingestOptionsSchema.parse({}), owner);
    await loadCorpusFeatures(corpora[0]);
    featureBytes += (await loadStoredFeatures(corpora[0].id, FEATURE_VERSION))?.byteLength ?? 0;
    ids.push(corpora[0].id);
  }
  return { sourceIds: ids.slice(0, sources), candidateIds: ids.slice(sources), featureBytes };
}

/**
 * One timed run: seconds from claim to result stored, the CPU the process used meanwhile (every thread: this
 * one and the analysis threads), and the analysis' own stage timings (ms, AnalysisResult.timings).
 */
export type WorkerRun = { seconds: number; cpuSeconds: number; stagesMs: Record<string, number> };

/**
 * Queues an analysis as POST /api/analyses does (with `options`, e.g. `{ bootstrap: 0 }`, else the defaults),
 * then times the worker from claiming it to its result stored.
 */
export async function timeWorkerAnalysis(corpora: StoredCorpora, options: Record<string, unknown> = {}): Promise<WorkerRun> {
  const workspaceId = (await resolveOperatorWorkspace()).id;
  const request = newAnalysisSchema.parse({ sourceIds: corpora.sourceIds, candidateIds: corpora.candidateIds, options });
  const id = createId("ana");
  await createAnalysis({ id, workspaceId, name: "bench", sourceIds: request.sourceIds, candidateIds: request.candidateIds, options: request.options });

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const claimed = await claimAnalysis(WORKER_ID); // the oldest queued analysis, as the worker's loop claims it
  if (claimed !== id) throw new Error(`claimed ${claimed ?? "nothing"} instead of ${id}: the scratch database is not empty`);
  await runStoredAnalysis(id); // never throws: a failure is stored on the row, checked below
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);

  const done = await getAnalysis(workspaceId, id);
  if (done?.status !== "done" || !done.result?.candidates.length) {
    throw new Error(`analysis ${id} ended "${done?.status}" with ${done?.result?.candidates.length ?? 0} candidates: ${done?.error?.message ?? ""}`);
  }
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, stagesMs: done.result.timings };
}
