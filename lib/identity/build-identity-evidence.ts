import { IDENTITY_VERSION, type CorpusIdentity, type CorpusIdentityEvidence, type ForeignIdentityClaim, type IdentityClaim, type IdentityEvidence } from "./identity-types";

// Puts each corpus' self-identification beside the others'. A candidate claim is its own when it shares a
// word with the candidate's label (model id, provider, name) or is named together with such a claim ("I'm
// <own name>, made by <maker>"); otherwise it is foreign, and stronger still when a source's label or a
// source's own statements carry it. Words are compared by containment, so "ChatGPT" meets "gpt-4".

export type IdentityInput = {
  corpusId: string;
  name: string;
  model: string;
  provider?: string | null;
  role: "source" | "candidate";
  identity: CorpusIdentity | null;
};

const CLAIMS_SHOWN = 8;
// Words in model ids and labels that say nothing of who made the model.
const GENERIC = new Set(
  "the and model models chat instruct instruction base large small medium mini tiny turbo preview latest beta alpha release version ai llm language assistant inc labs lab team corpus candidate source upload outputs output data answers test sample samples collected run api hf it sft dpo rlhf".split(
    " ",
  ),
);

export function buildIdentityEvidence(corpora: IdentityInput[]): IdentityEvidence {
  const evidence: CorpusIdentityEvidence[] = corpora.map((c) => ({
    corpusId: c.corpusId,
    name: c.name,
    role: c.role,
    label: [c.model, c.provider].filter(Boolean).join(" · "),
    documents: c.identity?.documents ?? 0,
    documentsWithStatements: c.identity?.documentsWithStatements ?? 0,
    statements: c.identity?.statements ?? 0,
    claims: (c.identity?.claims ?? []).slice(0, CLAIMS_SHOWN),
  }));
  const sources = corpora.filter((c) => c.role === "source");
  const foreignClaims: ForeignIdentityClaim[] = [];
  for (const candidate of corpora.filter((c) => c.role === "candidate" && c.identity && c.identity.statements > 0)) {
    const own = labelWords(candidate);
    const claims = candidate.identity!.claims;
    const ownKeys = ownClaimKeys(claims, own);
    for (const claim of claims) {
      if (ownKeys.has(claimId(claim))) continue;
      const words = identityWords(claim.value);
      const matchesSources = sources.filter((s) => overlaps(words, labelWords(s)) || (s.identity?.claims ?? []).some((sc) => sc.kind === claim.kind && overlaps(words, identityWords(sc.value)))).map((s) => s.name);
      // With a label that names nothing (an upload called "candidate"), only a match with a source counts.
      if (own.length === 0 && matchesSources.length === 0) continue;
      const share = claim.statements / candidate.identity!.statements;
      foreignClaims.push({
        candidate: candidate.name,
        candidateId: candidate.corpusId,
        claim,
        share,
        matchesSources,
        reason: describe(candidate, claim, matchesSources),
      });
    }
  }
  foreignClaims.sort((a, b) => b.matchesSources.length - a.matchesSources.length || b.claim.statements - a.claim.statements);
  return { version: IDENTITY_VERSION, corpora: evidence, foreignClaims };
}

function describe(candidate: IdentityInput, claim: IdentityClaim, matches: string[]): string {
  const what = claim.kind === "name" ? `calls itself "${claim.value}"` : `says it was made by "${claim.value}"`;
  const times = `${claim.statements} time${claim.statements === 1 ? "" : "s"} in ${claim.documents} document${claim.documents === 1 ? "" : "s"}`;
  const label = [candidate.model, candidate.provider].filter(Boolean).join(" · ");
  const tail = matches.length ? `, as ${matches.join(", ")} ${matches.length === 1 ? "does" : "do"}` : "";
  return `${candidate.name} ${what} ${times}, which is not its own label (${label})${tail}.`;
}

/** Claims that belong to the candidate: they match its label, or are named together with one that does. */
function ownClaimKeys(claims: IdentityClaim[], own: string[]): Set<string> {
  const keys = new Set<string>();
  if (own.length === 0) return keys;
  for (const c of claims) if (overlaps(identityWords(c.value), own)) keys.add(claimId(c));
  for (const c of claims) {
    if (c.kind !== "name" || !keys.has(claimId(c))) continue;
    for (const maker of c.makers ?? []) {
      const match = claims.find((m) => m.kind === "maker" && overlaps(identityWords(m.value), identityWords(maker)));
      if (match) keys.add(claimId(match));
    }
  }
  // And the names whose only maker is an own maker: "I'm Foo, made by <own lab>".
  for (const c of claims) {
    if (c.kind === "name" && (c.makers ?? []).some((m) => claims.some((o) => o.kind === "maker" && keys.has(claimId(o)) && overlaps(identityWords(m), identityWords(o.value))))) keys.add(claimId(c));
  }
  return keys;
}

const claimId = (c: IdentityClaim) => `${c.kind}:${c.key}`;

function labelWords(c: Pick<IdentityInput, "model" | "provider" | "name">): string[] {
  return [...new Set([c.model, c.provider ?? "", c.name].flatMap(identityWords))];
}

/** Lower-case letter runs of 3+ characters ("Qwen2.5-72B" → qwen), minus words that name nobody. */
export function identityWords(value: string): string[] {
  const words = value.normalize("NFKC").toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.filter((w) => (w.length >= 3 || /[^\p{Script=Latin}]/u.test(w)) && !GENERIC.has(w));
}

function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x === y || (x.length >= 3 && y.length >= 3 && (x.includes(y) || y.includes(x)))));
}
