import { buildIdentityEvidence } from "@/lib/identity/build-identity-evidence";
import { createIdentityCollector } from "@/lib/identity/collect-corpus-identity";
import type { CorpusIdentity, IdentityEvidence } from "@/lib/identity/identity-types";
import type { CorpusSummary } from "@/lib/db/corpora/corpus-summary";
import { iterateCorpusDocuments } from "@/lib/db/corpora/list-corpus-documents";
import { loadCorpusIdentities, storeCorpusIdentity } from "@/lib/db/identity/corpus-identity-store";

// Identity statements are extracted where a corpus' documents are read for its fingerprint
// (load-analysis-corpus.ts) and stored per corpus. A corpus fingerprinted before that has none stored: it is
// read once more here, the first time an analysis needs it.

/** Reads a stored corpus' documents and stores what they say about themselves. */
export async function computeCorpusIdentity(corpusId: string): Promise<CorpusIdentity> {
  const collector = createIdentityCollector();
  for await (const batch of iterateCorpusDocuments(corpusId)) for (const d of batch) collector.add(d.ordinal, d.text);
  const identity = collector.result();
  await storeCorpusIdentity(corpusId, identity);
  return identity;
}

/** The identity evidence of an analysis, for AnalysisResult.identity. */
export async function buildAnalysisIdentity(sources: CorpusSummary[], candidates: CorpusSummary[], names?: string[]): Promise<IdentityEvidence> {
  const all = [...sources, ...candidates];
  const stored = await loadCorpusIdentities(all.map((c) => c.id));
  const inputs = [];
  for (const [i, corpus] of all.entries()) {
    const identity = stored.get(corpus.id) ?? (await computeCorpusIdentity(corpus.id));
    inputs.push({ corpusId: corpus.id, name: names?.[i] ?? corpus.name, model: corpus.model, provider: corpus.provider, role: i < sources.length ? ("source" as const) : ("candidate" as const), identity });
  }
  return buildIdentityEvidence(inputs);
}
