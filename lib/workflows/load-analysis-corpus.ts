import { answerHash } from "@/lib/analysis/attribution/copied-answers";
import { computeFeaturesAsync } from "@/lib/features/compute-features-async";
import { FEATURE_VERSION, type CorpusFeatures } from "@/lib/features/compute-features";
import { deserializeFeaturesAsync, serializeFeatures } from "@/lib/features/serialize-features";
import type { CorpusSummary } from "@/lib/db/corpora/corpus-summary";
import { iterateCorpusDocuments } from "@/lib/db/corpora/list-corpus-documents";
import { loadStoredFeatures, storeFeatures } from "@/lib/db/features/corpus-features-store";
import { storeCorpusIdentity } from "@/lib/db/identity/corpus-identity-store";
import { recallFeatures, rememberFeatures } from "./recent-features";
import { collectCorpusIdentity } from "@/lib/identity/collect-corpus-identity";

/** A corpus' stored fingerprint, or null when there is none of the current version. */
export async function loadCurrentFeatures(corpus: CorpusSummary): Promise<CorpusFeatures | null> {
  const recent = recallFeatures(corpus.id, FEATURE_VERSION);
  if (recent) return recent;
  const stored = await loadStoredFeatures(corpus.id, FEATURE_VERSION);
  if (!stored) return null;
  const features = await deserializeFeaturesAsync(stored);
  rememberFeatures(corpus.id, features); // the next analysis of this corpus in a job worker skips the read
  return features;
}

/** A corpus' fingerprint: the stored one when its version is current, else computed now and stored. */
export async function loadCorpusFeatures(corpus: CorpusSummary): Promise<CorpusFeatures> {
  return (await loadCurrentFeatures(corpus)) ?? computeCorpusFeatures(corpus);
}

/** Fingerprints a corpus from its stored documents and stores the result (replacing an outdated one). */
export async function computeCorpusFeatures(corpus: CorpusSummary): Promise<CorpusFeatures> {
  const documents = [];
  for await (const batch of iterateCorpusDocuments(corpus.id)) documents.push(...batch);
  // Compact char rows (char-row-deltas.ts): the stored blob is ~40% smaller, and inflates and reads back faster.
  const fingerprinted = computeFeaturesAsync(documents, { compactCharRows: true });
  const answerHashes = documents.map((d) => answerHash(d.text)); // here, while a worker thread fingerprints
  const fingerprint = await fingerprinted;
  const stored = serializeFeatures({ ...fingerprint, docs: { ...fingerprint.docs, answerHashes } });
  await storeFeatures(corpus.id, FEATURE_VERSION, stored);
  // Kept and returned as a read from the database gives it (term tables as bytes, withLazyTerms): the same
  // fingerprint, lighter to keep, and the analysis then takes the path it takes with stored corpora.
  const features = await deserializeFeaturesAsync(stored);
  rememberFeatures(corpus.id, features);
  await storeCorpusIdentity(corpus.id, collectCorpusIdentity(documents)); // identity statements, same read (issue 11)
  return features;
}
