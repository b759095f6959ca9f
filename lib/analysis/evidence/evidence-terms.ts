// Evidence for a candidate–source pair: terms that BOTH the candidate and the source over-use relative to
// the other sources (Monroe log-odds z, informative prior from all sources pooled): words the other sources
// could have used, answering the same prompts, and did not. A term's score is the smaller of the two
// z-scores, so it must set the pair apart, not just one side. Evidence follows the verdict's question
// (inheritance): function words, which a shared base model leaves, are left out, and a term found in few
// prompts' answers is flagged as the prompts' topic and ranked below the style terms.
// Candidate-driven: only the candidate's terms with count >= minCount are looked up in the sources (once
// each, for all sources), which gives the same terms as scanning every source's table at a fraction of the cost.
// Terms are interned once per analysis (in the analysis, only the candidates' terms evidence can use), so the
// look-ups are integer reads.

import type { CorpusFeatures } from "@/lib/features/feature-types";
import { logOddsZOf } from "@/lib/analysis/metrics/log-odds";
import type { HumanReference } from "@/lib/analysis/human-reference";
import { humanWholeCount } from "./human-rate";
import type { EvidenceTerm } from "@/lib/analysis/result-types";
import { isReadableTerm } from "./readable-term";
import { encodedTermsOf, type EncodedTerms } from "@/lib/features/term-list-bytes";
import { EncodedTermInterner } from "@/lib/features/encoded-term-interner";

type Kind = "word" | "bigram" | "trigram" | "opener" | "closer";
const KINDS: Kind[] = ["word", "bigram", "trigram", "opener", "closer"];

/** Per kind: every corpus' table terms as ids into one shared term list (interned once per analysis). */
export type TermIndex = {
  kind: Kind;
  terms: string[];
  ids: Int32Array[];
  counts: Uint32Array[];
  /** distinct prompts each term occurs in, per corpus (null for openers and closers) */
  prompts: (Uint32Array | null)[];
  totals: number[];
  documents: number[];
  /** words never evidence on their own, nor a phrase made only of them */
  functionWords: ReadonlySet<string>;
  /** whether a term can be evidence (readable, not only function words); -1 until first asked */
  usable: Int8Array;
  /** the corpora whose terms were interned (counts >= minCount) when the index was built for them; null: all */
  focus: { corpora: ReadonlySet<number>; minCount: number } | null;
}[];

/**
 * The candidates an index is built for, and the least count evidence reads: only their terms with that count
 * are interned, and every other table term gets id -1 (the evidence never looks at it). Interning every
 * term of every table took ~0.2 s of the 12-corpus job; this takes a quarter of that.
 */
export type TermFocus = { corpora: number[]; minCount: number };

/** What the evidence reads of a corpus' fingerprint. */
export type EvidenceCorpus = Pick<CorpusFeatures, "unigrams" | "bigrams" | "trigrams" | "openers" | "closers" | "tokens" | "documents">;

function tableOf(f: EvidenceCorpus, kind: Kind): { terms: string[]; counts: Uint32Array; prompts?: Uint32Array } {
  if (kind === "word") return f.unigrams;
  if (kind === "bigram") return f.bigrams;
  if (kind === "trigram") return f.trigrams;
  return kind === "opener" ? f.openers : f.closers;
}

/**
 * Totals are tokens (documents for openers and closers). `functionWords` are never evidence on their own, nor a
 * phrase made only of them (the analysis' function words: what a shared base model leaves).
 */
export function buildTermIndex(corpora: EvidenceCorpus[], functionWords: ReadonlySet<string> = new Set(), focus?: TermFocus): TermIndex {
  return KINDS.map((kind) => {
    const idOf = new Map<string, number>();
    const terms: string[] = [];
    const intern = (term: string) => {
      let id = idOf.get(term);
      if (id === undefined) {
        id = terms.length;
        idOf.set(term, id);
        terms.push(term);
      }
      return id;
    };
    const encoded = focus ? corpora.map((f) => encodedTermsOf(tableOf(f, kind))) : [];
    let ids: Int32Array[];
    if (focus && encoded.every((e) => e !== null)) {
      ids = encodedTermIds(corpora.map((f) => tableOf(f, kind).counts), encoded as EncodedTerms[], focus, terms);
    } else {
      if (focus) {
        for (const c of focus.corpora) {
          const t = tableOf(corpora[c], kind);
          for (let k = 0; k < t.terms.length; k++) if (t.counts[k] >= focus.minCount) intern(t.terms[k]);
        }
      }
      ids = corpora.map((f) => {
        const t = tableOf(f, kind).terms;
        const out = new Int32Array(t.length);
        if (focus) for (let k = 0; k < t.length; k++) out[k] = idOf.get(t[k]) ?? -1;
        else for (let k = 0; k < t.length; k++) out[k] = intern(t[k]);
        return out;
      });
    }
    const counts = corpora.map((f) => tableOf(f, kind).counts);
    const prompts = corpora.map((f) => tableOf(f, kind).prompts ?? null);
    const totals = corpora.map((f) => (kind === "opener" || kind === "closer" ? f.documents : f.tokens));
    const usable = new Int8Array(terms.length).fill(-1);
    const focused = focus ? { corpora: new Set(focus.corpora), minCount: focus.minCount } : null;
    return { kind, terms, ids, counts, prompts, totals, documents: corpora.map((f) => f.documents), usable, functionWords, focus: focused };
  });
}

/**
 * buildTermIndex's ids for tables whose terms are still bytes (stored fingerprints): the same ids, in the same
 * order, and only the focus corpora's interned terms become strings (`terms`), not every table's.
 */
function encodedTermIds(counts: Uint32Array[], encoded: EncodedTerms[], focus: TermFocus, terms: string[]): Int32Array[] {
  const interner = new EncodedTermInterner();
  for (const c of focus.corpora) {
    const list = encoded[c];
    for (let k = 0; k < list.count; k++) {
      if (counts[c][k] < focus.minCount) continue;
      if (interner.intern(list, k) === terms.length) terms.push(list.termAt(k));
    }
  }
  return encoded.map((list) => interner.findAll(list));
}

/**
 * minRatio: both sides must use the term at least this many times as often as the other sources do (their
 * mean rate). Log-odds z grows with counts, so without it "and" at 1.2× clears any z threshold in a big
 * corpus: significant, but nothing a reader would call a shared habit.
 */
export type EvidenceOptions = {
  minCount: number;
  minZ: number;
  minRatio: number;
  perKind: number;
  top: number;
  alpha0: number;
  /** a term in fewer distinct prompts than this share of a side's documents (and at least 3) is a prompt topic */
  topicShare: number;
};
export const DEFAULT_EVIDENCE: EvidenceOptions = { minCount: 3, minZ: 1.96, minRatio: 1.5, perKind: 8, top: 15, alpha0: 1000, topicShare: 0.02 };

type Term = Omit<EvidenceTerm, "snippets">;
/** Style terms first, prompt topics after; each by score. */
const byScore = (a: Term, b: Term) => compareTo(a.promptTopic, a.score, a.term, b);
/** byScore for a term given by its parts (one not built yet). */
const compareTo = (promptTopic: boolean | undefined, score: number, term: string, b: Term) =>
  Number(promptTopic) - Number(b.promptTopic) || b.score - score || (term < b.term ? -1 : 1);

/** Readable, and not made only of function words (computed once per term and analysis). */
function isUsable(entry: TermIndex[number], id: number): boolean {
  if (entry.usable[id] < 0) {
    const term = entry.terms[id];
    const fw = entry.functionWords;
    entry.usable[id] = isReadableTerm(term) && !(fw.size > 0 && term.split(" ").every((w) => fw.has(w))) ? 1 : 0;
  }
  return entry.usable[id] === 1;
}

/** Evidence of one candidate against every source at once: one list per entry of `sources`. */
export function evidenceForCandidate(
  index: TermIndex,
  candidate: number,
  sources: number[],
  human: HumanReference | null,
  options: Partial<EvidenceOptions> = {},
): Term[][] {
  const o = { ...DEFAULT_EVIDENCE, ...options };
  const out: Term[][] = sources.map(() => []);
  for (const entry of index) {
    const found = kindEvidence(entry, candidate, sources, human, o);
    found.forEach((f, k) => out[k].push(...f));
  }
  return out.map((terms) => terms.sort(byScore).slice(0, o.top));
}

// One kind's evidence, in three phases that are functions of their own (V8 recompiled the whole on each
// phase's first run when they were one function: ~0.1 s of compiler time a call).

/** The candidate's terms with count >= minCount get a slot: `slot[term id]` = their position in `eligible`. */
type Eligible = { slot: Int32Array; eligible: number[] };

function eligibleTerms(entry: TermIndex[number], candidate: number, minCount: number): Eligible {
  const { focus } = entry;
  if (focus && (!focus.corpora.has(candidate) || minCount < focus.minCount)) {
    throw new Error(`The term index was built for corpora ${[...focus.corpora].join(", ")} with counts >= ${focus.minCount}, not for corpus ${candidate} with ${minCount}.`);
  }
  const slot = new Int32Array(entry.terms.length).fill(-1);
  const eligible: number[] = [];
  fillEligible(entry, entry.ids[candidate], entry.counts[candidate], minCount, slot, eligible);
  return { slot, eligible };
}

/** eligibleTerms' loop, a function ending with it (V8 threw away the compiled loop at the return after it). */
function fillEligible(entry: TermIndex[number], candIds: Int32Array, candCounts: Uint32Array, minCount: number, slot: Int32Array, eligible: number[]): void {
  for (let q = 0; q < candIds.length; q++) {
    if (candCounts[q] < minCount || !isUsable(entry, candIds[q])) continue;
    slot[candIds[q]] = eligible.length;
    eligible.push(q);
  }
}

/** A term in fewer distinct prompts than topicShare of the corpus' documents (and at least 3): a prompt topic. */
function fewPrompts(entry: TermIndex[number], corpus: number, q: number, topicShare: number): boolean {
  const spread = entry.prompts[corpus];
  return spread !== null && spread[q] < topicLimit(entry, corpus, topicShare);
}

/** Fewer distinct prompts than this make a term of `corpus` a prompt topic. */
function topicLimit(entry: TermIndex[number], corpus: number, topicShare: number): number {
  return Math.max(3, topicShare * entry.documents[corpus]);
}

const perMillion = (count: number, total: number) => (1e6 * count) / Math.max(1, total);

/** One pass over each source's table fills the eligible terms' counts (integer reads, not string look-ups). */
function sourceCountsOf(entry: TermIndex[number], sources: number[], { slot, eligible }: Eligible, topicShare: number) {
  const S = sources.length;
  const counts = new Float64Array(eligible.length * S);
  const topic = new Uint8Array(eligible.length * S);
  sources.forEach((s, k) => {
    const sid = entry.ids[s];
    const sc = entry.counts[s];
    for (let q = 0; q < sid.length; q++) {
      const id = sid[q];
      if (id < 0) continue; // not interned: no candidate reads it
      const e = slot[id];
      if (e < 0) continue;
      counts[e * S + k] = sc[q];
      topic[e * S + k] = fewPrompts(entry, s, q, topicShare) ? 1 : 0;
    }
  });
  return { counts, topic };
}

function kindEvidence(entry: TermIndex[number], candidate: number, sources: number[], human: HumanReference | null, o: EvidenceOptions): Term[][] {
  const found: TopTerms[] = sources.map(() => ({ terms: [], limit: o.perKind }));
  const chosen = eligibleTerms(entry, candidate, o.minCount);
  const { counts: sourceCounts, topic: sourceTopic } = sourceCountsOf(entry, sources, chosen, o.topicShare);
  const hits = scoreEligible(entry, candidate, sources, o, chosen.eligible, sourceCounts, sourceTopic);
  keepHits(entry, candidate, sources.length, human, chosen.eligible, sourceCounts, hits, found);
  return found.map((f) => f.terms);
}

/**
 * kindEvidence's loop over the eligible terms: every (term, source) pair past the thresholds, in order, as
 * HIT_FIELDS numbers each. A function ending with its loop (V8 compiled the loop on a long first run and
 * threw it away at the code after it, for each candidate and kind); the top lists are filled after it
 * (keepHits), so the rarely run code that builds terms is not compiled into this loop.
 */
function scoreEligible(
  entry: TermIndex[number],
  candidate: number,
  sources: number[],
  o: EvidenceOptions,
  eligible: number[],
  sourceCounts: Float64Array,
  sourceTopic: Uint8Array,
): number[] {
  const { totals } = entry;
  const S = sources.length;
  const counts = new Float64Array(S);
  const pooledTotal = sources.reduce((a, s) => a + totals[s], 0);
  const candCounts = entry.counts[candidate];
  // fewPrompts for the candidate, read out of the loop (the entries' arrays are loaded once per call)
  const candSpread = entry.prompts[candidate];
  const candTopicLimit = topicLimit(entry, candidate, o.topicShare);
  const hits: number[] = [];
  for (let e = 0; e < eligible.length; e++) {
    const cc = candCounts[eligible[e]];
    const candidateTopic = candSpread !== null && candSpread[eligible[e]] < candTopicLimit;
    let pooled = 0;
    let any = false;
    for (let k = 0; k < S; k++) {
      counts[k] = sourceCounts[e * S + k];
      pooled += counts[k];
      if (counts[k] >= o.minCount) any = true;
    }
    if (!any) continue;
    const share = pooled / Math.max(1, pooledTotal);
    for (let k = 0; k < S; k++) {
      const sc = counts[k];
      if (sc < o.minCount) continue;
      const s = sources[k];
      const other = pooled - sc;
      const otherTotal = pooledTotal - totals[s];
      const zs = logOddsZOf(sc, totals[s], other, otherTotal, share, o.alpha0);
      if (zs < o.minZ) continue;
      const zc = logOddsZOf(cc, totals[candidate], other, otherTotal, share, o.alpha0);
      if (zc < o.minZ) continue;
      let othersRate = 0;
      for (let j = 0; j < S; j++) if (j !== k) othersRate += perMillion(counts[j], totals[sources[j]]);
      const others = S > 1 ? othersRate / (S - 1) : 0;
      const candidateRate = perMillion(cc, totals[candidate]);
      const sourceRate = perMillion(sc, totals[s]);
      if (candidateRate < o.minRatio * others || sourceRate < o.minRatio * others) continue;
      const promptTopic = candidateTopic || sourceTopic[e * S + k] === 1;
      hits.push(e, k, Math.min(zs, zc), candidateRate, sourceRate, others, promptTopic ? 1 : 0);
    }
  }
  return hits;
}

/** Numbers per hit of scoreEligible: eligible slot, source, score, candidate, source and others' rates, prompt topic. */
const HIT_FIELDS = 7;

/** scoreEligible's hits, in its order, into each source's top list (the same lists as filling them in its loop). */
function keepHits(
  entry: TermIndex[number],
  candidate: number,
  S: number,
  human: HumanReference | null,
  eligible: number[],
  sourceCounts: Float64Array,
  hits: number[],
  found: TopTerms[],
): void {
  const { kind, terms } = entry;
  const candIds = entry.ids[candidate];
  const candCounts = entry.counts[candidate];
  for (let h = 0; h < hits.length; h += HIT_FIELDS) {
    const e = hits[h];
    const k = hits[h + 1];
    const score = hits[h + 2];
    const promptTopic = hits[h + 6] === 1;
    const term = terms[candIds[eligible[e]]];
    if (!admits(found[k], promptTopic, score, term)) continue;
    keepTerm(found[k], kind, term, human, candCounts[eligible[e]], sourceCounts[e * S + k], hits[h + 3], hits[h + 4], hits[h + 5], score, promptTopic);
  }
}

/** Builds a term that makes the top list: a function of its own, so kindEvidence's loop is compiled without this rarely run path. */
function keepTerm(
  top: TopTerms,
  kind: Kind,
  term: string,
  human: HumanReference | null,
  candidateCount: number,
  sourceCount: number,
  candidatePerMillion: number,
  sourcePerMillion: number,
  otherSourcesPerMillion: number,
  score: number,
  promptTopic: boolean,
): void {
  addTerm(top, {
    term,
    kind,
    candidateCount,
    sourceCount,
    candidatePerMillion,
    sourcePerMillion,
    otherSourcesPerMillion,
    humanPerMillion: humanPerMillion(human, kind, term),
    score,
    promptTopic,
  });
}

/** A term's rate in the human reference (null without one, or for a kind it does not count). */
function humanPerMillion(human: HumanReference | null, kind: Term["kind"], term: string): number | null {
  const h = human && (kind === "word" || kind === "bigram" || kind === "trigram") ? humanWholeCount(human, term, kind) : null;
  return h === null || !human ? null : perMillion(h, human.total);
}

/** Terms found without a human reference (evidenceForCandidate with `human` null), with its rates added: the same terms as finding them with it. */
export function withHumanRates(terms: Term[], human: HumanReference | null): Term[] {
  return terms.map((t) => ({ ...t, humanPerMillion: humanPerMillion(human, t.kind, t.term) }));
}

/**
 * The best `limit` terms by byScore, kept as they are found: a term that would not make them is never built
 * (thousands pass the thresholds per kind and source; eight are kept). byScore is a total order on one
 * kind's terms, so the result is the first `limit` of all found, sorted. A plain object and functions, not
 * a class: compiled class fields start undefined, and the map change deoptimised kindEvidence.
 */
type TopTerms = { terms: Term[]; limit: number };

function admits(top: TopTerms, promptTopic: boolean, score: number, term: string): boolean {
  if (top.terms.length < top.limit) return true;
  return top.limit > 0 && compareTo(promptTopic, score, term, top.terms[top.terms.length - 1]) < 0;
}

function addTerm(top: TopTerms, t: Term): void {
  const { terms } = top;
  let at = terms.length;
  while (at > 0 && byScore(t, terms[at - 1]) < 0) at--;
  terms.splice(at, 0, t);
  if (terms.length > top.limit) terms.pop();
}

/** candidate, source and sources are corpus indices into the term index. */
export function evidenceTerms(
  index: TermIndex,
  candidate: number,
  source: number,
  sources: number[],
  human: HumanReference | null,
  options: Partial<EvidenceOptions> = {},
): Term[] {
  const k = sources.indexOf(source);
  return k < 0 ? [] : evidenceForCandidate(index, candidate, sources, human, options)[k];
}
