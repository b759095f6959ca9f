import { runOnThread, threadsAvailable } from "@/lib/threads/thread-pool";
import { needsJieba } from "@/lib/text/segment-unspaced";
import { computeFeatures, computePackedFeatures } from "./compute-features";
import { unpackFeatures } from "./serialize-features";
import type { CorpusFeatures, FeatureInputDocument } from "./feature-types";

// Fingerprinting is CPU-bound and per corpus, so corpora are spread over worker threads (one per core).
// The threads end when no corpus is left, and the fingerprint's arrays are moved back, not copied. A thread
// collects its garbage after each corpus: the last corpus' words and tables are not kept through the next.

const COMPUTE_FEATURES_URL = new URL("./compute-features.ts", import.meta.url).href;

/** computeFeatures on a worker thread when there is a spare core; identical output either way. */
export async function computeFeaturesAsync(documents: FeatureInputDocument[]): Promise<CorpusFeatures> {
  // Corpora with Chinese text go to one thread, which loads jieba once for all of them.
  const affinity = documents.some((d) => needsJieba(d.text ?? "")) ? "jieba" : undefined;
  if (!threadsAvailable()) return computeFeatures(documents);
  const packed = await runOnThread(COMPUTE_FEATURES_URL, "computePackedFeatures", computePackedFeatures, documents, { pool: "features", transferResult: true, affinity, collectAfter: true });
  return unpackFeatures(packed);
}
