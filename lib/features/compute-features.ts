// A corpus' fingerprint, computed by streaming its documents through a FeatureAccumulator: each document's
// text is read once and dropped, and only compact per-document numbers and word ids are kept.

import { FeatureAccumulator } from "@/lib/features/feature-accumulator";
import type { CorpusFeatures, FeatureInputDocument } from "@/lib/features/feature-types";
import { packFeatures, type PackedFeatures } from "@/lib/features/serialize-features";

export type { CorpusFeatures, FeatureInputDocument } from "@/lib/features/feature-types";
export { FEATURE_LIMITS, FEATURE_VERSION } from "@/lib/features/feature-limits";
export { FeatureAccumulator } from "@/lib/features/feature-accumulator";

export function computeFeatures(input: FeatureInputDocument[]): CorpusFeatures {
  const acc = new FeatureAccumulator(input.length);
  for (const d of input) acc.add(d);
  return acc.finish();
}

/** computeFeatures with the result packed into one buffer (what a fingerprinting thread sends back). */
export function computePackedFeatures(input: FeatureInputDocument[]): PackedFeatures {
  return packFeatures(computeFeatures(input));
}
