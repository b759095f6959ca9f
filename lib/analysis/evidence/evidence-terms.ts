// Evidence for a candidate–source pair: terms that BOTH the candidate and the source over-use relative to
// the other sources (Monroe log-odds z, informative prior from all sources pooled). A term's score is the
// smaller of the two z-scores, so it must set the pair apart, not just one side.

import type { CorpusFeatures } from "@/lib/features/feature-types";
import { logOddsZ } from "@/lib/analysis/metrics/log-odds";
import { humanCount, type HumanReference } from "@/lib/analysis/human-reference";
import type { EvidenceTerm } from "@/lib/analysis/result-types";

type Kind = "word" | "bigram" | "trigram" | "opener" | "closer";
const KINDS: Kind[] = ["word", "bigram", "trigram", "opener", "closer"];

export type TermIndex = { kind: Kind; maps: Map<string, number>[]; totals: number[] }[];

function tableOf(f: CorpusFeatures, kind: Kind): { terms: string[]; counts: Uint32Array } {
  if (kind === "word") return f.unigrams;
  if (kind === "bigram") return f.bigrams;
  if (kind === "trigram") return f.trigrams;
  return kind === "opener" ? f.openers : f.closers;
}

/** Per kind and corpus, term → count; totals are tokens (documents for openers and closers). */
export function buildTermIndex(corpora: CorpusFeatures[]): TermIndex {
  return KINDS.map((kind) => ({
    kind,
    maps: corpora.map((f) => {
      const t = tableOf(f, kind);
      return new Map(t.terms.map((w, i) => [w, t.counts[i]]));
    }),
    totals: corpora.map((f) => (kind === "opener" || kind === "closer" ? f.documents : f.tokens)),
  }));
}

export type EvidenceOptions = { minCount: number; minZ: number; perKind: number; top: number; alpha0: number };
export const DEFAULT_EVIDENCE: EvidenceOptions = { minCount: 3, minZ: 1.96, perKind: 8, top: 15, alpha0: 1000 };

/** candidate, source and sources are corpus indices into the term index. */
export function evidenceTerms(
  index: TermIndex,
  candidate: number,
  source: number,
  sources: number[],
  human: HumanReference | null,
  options: Partial<EvidenceOptions> = {},
): Omit<EvidenceTerm, "snippets">[] {
  const o = { ...DEFAULT_EVIDENCE, ...options };
  const others = sources.filter((s) => s !== source);
  const out: Omit<EvidenceTerm, "snippets">[] = [];
  for (const { kind, maps, totals } of index) {
    const found: Omit<EvidenceTerm, "snippets">[] = [];
    const pooledTotal = sources.reduce((a, s) => a + totals[s], 0);
    const otherTotal = others.reduce((a, s) => a + totals[s], 0);
    for (const [term, sc] of maps[source]) {
      const cc = maps[candidate].get(term) ?? 0;
      if (sc < o.minCount || cc < o.minCount) continue;
      let other = 0;
      for (const s of others) other += maps[s].get(term) ?? 0;
      const share = (other + sc) / Math.max(1, pooledTotal);
      const zs = logOddsZ({ focus: sc, focusTotal: totals[source], other, otherTotal, backgroundShare: share, alpha0: o.alpha0 });
      if (zs < o.minZ) continue;
      const zc = logOddsZ({ focus: cc, focusTotal: totals[candidate], other, otherTotal, backgroundShare: share, alpha0: o.alpha0 });
      if (zc < o.minZ) continue;
      const perMillion = (count: number, total: number) => (1e6 * count) / Math.max(1, total);
      const h = human && (kind === "word" || kind === "bigram" || kind === "trigram") ? humanCount(human, term, kind) : null;
      found.push({
        term,
        kind,
        candidateCount: cc,
        sourceCount: sc,
        candidatePerMillion: perMillion(cc, totals[candidate]),
        sourcePerMillion: perMillion(sc, totals[source]),
        otherSourcesPerMillion:
          others.length === 0 ? 0 : others.reduce((a, s) => a + perMillion(maps[s].get(term) ?? 0, totals[s]), 0) / others.length,
        humanPerMillion: h === null || !human ? null : perMillion(h, human.total),
        score: Math.min(zs, zc),
      });
    }
    found.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
    out.push(...found.slice(0, o.perKind));
  }
  return out.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1)).slice(0, o.top);
}
