import { extractIdentityStatements, normalizeIdentity } from "./extract-identity-statements";
import { IDENTITY_VERSION, type CorpusIdentity, type IdentityClaim } from "./identity-types";

// Accumulates identity statements document by document (the text is not kept), for a whole corpus.

const SNIPPETS_PER_CLAIM = 3;
const MAX_CLAIMS = 40;

type Tally = { kind: "name" | "maker"; key: string; spellings: Map<string, number>; statements: number; documents: Set<number>; snippets: IdentityClaim["snippets"]; makers: Map<string, number> };

export type IdentityCollector = { add(ordinal: number, text: string): void; result(): CorpusIdentity };

export function createIdentityCollector(): IdentityCollector {
  const tallies = new Map<string, Tally>();
  let documents = 0;
  let withStatements = 0;
  let statements = 0;
  const tally = (kind: "name" | "maker", value: string, ordinal: number, snippet: string): Tally => {
    const key = normalizeIdentity(value);
    const id = `${kind}:${key}`;
    let t = tallies.get(id);
    if (!t) tallies.set(id, (t = { kind, key, spellings: new Map(), statements: 0, documents: new Set(), snippets: [], makers: new Map() }));
    t.spellings.set(value, (t.spellings.get(value) ?? 0) + 1);
    t.statements += 1;
    t.documents.add(ordinal);
    if (t.snippets.length < SNIPPETS_PER_CLAIM && !t.snippets.some((s) => s.text === snippet)) t.snippets.push({ documentOrdinal: ordinal, text: snippet });
    return t;
  };
  return {
    add(ordinal, text) {
      documents += 1;
      const found = extractIdentityStatements(text);
      if (found.length === 0) return;
      withStatements += 1;
      statements += found.length;
      for (const s of found) {
        if (s.maker) tally("maker", s.maker, ordinal, s.snippet);
        if (s.name) {
          const t = tally("name", s.name, ordinal, s.snippet);
          if (s.maker) t.makers.set(s.maker, (t.makers.get(s.maker) ?? 0) + 1);
        }
      }
    },
    result() {
      const claims = [...tallies.values()]
        .map((t): IdentityClaim => {
          const claim: IdentityClaim = { kind: t.kind, value: mostFrequent(t.spellings), key: t.key, statements: t.statements, documents: t.documents.size, snippets: t.snippets };
          if (t.kind === "name" && t.makers.size) claim.makers = [...t.makers.entries()].sort((a, b) => b[1] - a[1]).map(([m]) => m);
          return claim;
        })
        .sort((a, b) => b.statements - a.statements || a.value.localeCompare(b.value))
        .slice(0, MAX_CLAIMS);
      return { version: IDENTITY_VERSION, documents, documentsWithStatements: withStatements, statements, claims };
    },
  };
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

export function collectCorpusIdentity(documents: Iterable<{ ordinal: number; text: string }>): CorpusIdentity {
  const collector = createIdentityCollector();
  for (const d of documents) collector.add(d.ordinal, d.text);
  return collector.result();
}
