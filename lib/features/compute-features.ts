// A corpus' fingerprint, computed by streaming its documents through a FeatureAccumulator: each document's
// text is read once and dropped, and only compact per-document numbers and word ids are kept.

import { FeatureAccumulator, type AccumulatorScratch } from "@/lib/features/feature-accumulator";
import type { CorpusFeatures, FeatureInputDocument } from "@/lib/features/feature-types";
import { packFeatures, type PackedFeatures } from "@/lib/features/serialize-features";
import { chineseSegmenterFor } from "@/lib/text/segment-unspaced";

export type { CorpusFeatures, FeatureInputDocument } from "@/lib/features/feature-types";
export { FEATURE_LIMITS, FEATURE_VERSION } from "@/lib/features/feature-limits";
export { FeatureAccumulator } from "@/lib/features/feature-accumulator";
export { warmUpFingerprinting } from "@/lib/features/warm-up-fingerprinting";

const segmenterOf = (input: FeatureInputDocument[]) => chineseSegmenterFor(input.map((d) => d.text));

export function computeFeatures(input: FeatureInputDocument[]): CorpusFeatures {
  const acc = new FeatureAccumulator(input.length, undefined, false, segmenterOf(input));
  for (const d of input) acc.add(d);
  return acc.finish();
}

/** A fingerprinting thread's growing arrays, kept from one corpus to the next (see AccumulatorScratch). */
const scratch: AccumulatorScratch = {};

/** computeFeatures with the result packed into two buffers (what a fingerprinting thread sends back). */
export function computePackedFeatures(input: FeatureInputDocument[]): PackedFeatures {
  const acc = new FeatureAccumulator(input.length, scratch, false, segmenterOf(input));
  for (const d of input) acc.add(d);
  return packFeatures(acc.finish()); // packed (copied) before the next corpus reuses the arrays
}

/** computePackedFeatures with the char rows in their compact form (compactCharRows), for analysis only. */
export function computePackedCompactFeatures(input: FeatureInputDocument[]): PackedFeatures {
  const acc = new FeatureAccumulator(input.length, scratch, true, segmenterOf(input));
  for (const d of input) acc.add(d);
  return packFeatures(acc.finish());
}
