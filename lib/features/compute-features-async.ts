import { closeThreadsAfter, runOnThread, threadsAvailable, warmThreads } from "@/lib/threads/thread-pool";
import { chineseSegmenterFor } from "@/lib/text/segment-unspaced";
import { computeFeatures, computePackedCompactFeatures, computePackedFeatures } from "./compute-features";
import { compactCharRows } from "./char-row-deltas";
import { unpackFeatures } from "./serialize-features";
import type { CorpusFeatures, FeatureInputDocument } from "./feature-types";

// Fingerprinting is CPU-bound and per corpus, so corpora are spread over worker threads (one per core).
// The threads end when no corpus is left, and the fingerprint's arrays are moved back, not copied. A thread
// collects its garbage after each corpus: the last corpus' words and tables are not kept through the next.

const COMPUTE_FEATURES_URL = new URL("./compute-features.ts", import.meta.url).href;

export type FeatureOptions = {
  /** The char rows in their compact form (char-row-deltas.ts), as analyses and the fingerprint store use them. */
  compactCharRows?: boolean;
};

/**
 * Starts the fingerprinting threads, loads their module and warms their code up (warm-up-fingerprinting.ts),
 * for a caller about to read its first corpus: a thread's start (~0.25 s) then overlaps that read instead of
 * following it.
 */
export function warmFeatureThreads(): void {
  warmThreads([COMPUTE_FEATURES_URL], "features", "warmUpFingerprinting");
}

/**
 * The caller will fingerprint `count` more corpora and no others: each fingerprinting thread ends as soon
 * as it has none left, instead of idling beside the one still at work until the analysis starts.
 */
export function closeFeatureThreadsAfter(count: number): void {
  closeThreadsAfter("features", count);
}

/** computeFeatures on a worker thread when there is a spare core; identical output either way. */
export async function computeFeaturesAsync(documents: FeatureInputDocument[], options: FeatureOptions = {}): Promise<CorpusFeatures> {
  const compact = options.compactCharRows === true;
  // Corpora whose Chinese goes to jieba go to one thread, which loads it once for all of them.
  const affinity = chineseSegmenterFor(documents.map((d) => d.text)) === "jieba" ? "jieba" : undefined;
  if (!threadsAvailable()) {
    const f = computeFeatures(documents);
    return compact ? { ...f, docChars: compactCharRows(f.docChars) } : f;
  }
  const threadOptions = { pool: "features" as const, transferResult: true, affinity, collectAfter: true };
  const packed = compact
    ? await runOnThread(COMPUTE_FEATURES_URL, "computePackedCompactFeatures", computePackedCompactFeatures, documents, threadOptions)
    : await runOnThread(COMPUTE_FEATURES_URL, "computePackedFeatures", computePackedFeatures, documents, threadOptions);
  return unpackFeatures(packed);
}
