// The evidence of every candidate as a task a thread can run while the analysis builds its space: it needs
// only the corpora's term tables. A stored fingerprint keeps its word, bigram and trigram tables as bytes
// (withLazyTerms), and those go to the thread as a copy of the bytes; tables of strings would cost more to
// send than to search, so the evidence is then found on the analysis' own thread. Human rates are added
// after (withHumanRates): they decide nothing, and the thread does not load the human word lists.

import { buildTermIndex, DEFAULT_EVIDENCE, evidenceForCandidate, type EvidenceCorpus } from "@/lib/analysis/evidence/evidence-terms";
import type { EvidenceTerm } from "@/lib/analysis/result-types";
import type { NgramTable } from "@/lib/features/feature-types";
import { EncodedTerms, encodedTermsOf, withLazyTerms } from "@/lib/features/term-list-bytes";

type Term = Omit<EvidenceTerm, "snippets">;

/** An n-gram table as its bytes, each array a copy of its own (a view would send its whole buffer). */
type SentTable = { bytes: Uint8Array; count: number; nonAscii: number[]; counts: Uint32Array; prompts: Uint32Array };
type SentCorpus = Omit<EvidenceCorpus, "unigrams" | "bigrams" | "trigrams"> & { unigrams: SentTable; bigrams: SentTable; trigrams: SentTable };

export type EvidenceTask = { corpora: SentCorpus[]; functionWords: string[]; candidates: number[]; sources: number[] };

/** Per candidate, its terms against each source (`sources` order), without human rates. */
export type FoundEvidence = Term[][][];

/** The task for these corpora, or null when a table is strings (not worth sending: find the evidence here). */
export function evidenceTask(corpora: EvidenceCorpus[], functionWords: string[], candidates: number[], sources: number[]): EvidenceTask | null {
  const sent: SentCorpus[] = [];
  for (const f of corpora) {
    const [unigrams, bigrams, trigrams] = [f.unigrams, f.bigrams, f.trigrams].map(sendTable);
    if (!unigrams || !bigrams || !trigrams) return null;
    const openers = { terms: f.openers.terms, counts: f.openers.counts.slice() };
    const closers = { terms: f.closers.terms, counts: f.closers.counts.slice() };
    sent.push({ unigrams, bigrams, trigrams, openers, closers, tokens: f.tokens, documents: f.documents });
  }
  return { corpora: sent, functionWords, candidates, sources };
}

function sendTable(t: NgramTable): SentTable | null {
  const encoded = encodedTermsOf(t);
  if (!encoded) return null;
  return { bytes: encoded.bytes.slice(), count: encoded.count, nonAscii: encoded.nonAscii, counts: t.counts.slice(), prompts: t.prompts.slice() };
}

/** The task's evidence (on a thread). */
export function findSentEvidence(task: EvidenceTask): FoundEvidence {
  const corpora = task.corpora.map((c): EvidenceCorpus => ({ ...c, unigrams: tableOf(c.unigrams), bigrams: tableOf(c.bigrams), trigrams: tableOf(c.trigrams) }));
  return findEvidence(corpora, task.functionWords, task.candidates, task.sources);
}

function tableOf(t: SentTable): NgramTable {
  return withLazyTerms<NgramTable>({ counts: t.counts, prompts: t.prompts }, new EncodedTerms(t.bytes, t.count, t.nonAscii));
}

/** Evidence of each candidate against every source, from one term index for the candidates' terms. */
export function findEvidence(corpora: EvidenceCorpus[], functionWords: string[], candidates: number[], sources: number[]): FoundEvidence {
  const index = buildTermIndex(corpora, new Set(functionWords), { corpora: candidates, minCount: DEFAULT_EVIDENCE.minCount });
  return candidates.map((c) => evidenceForCandidate(index, c, sources, null));
}
