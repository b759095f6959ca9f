// What a corpus says about itself, and what an analysis makes of it. Stored per corpus (CorpusIdentity row)
// and carried in AnalysisResult.identity.

export const IDENTITY_VERSION = 1;

export type IdentitySnippet = { documentOrdinal: number; text: string };

/** One name or maker a corpus gives itself, with how often and where. */
export type IdentityClaim = {
  kind: "name" | "maker";
  value: string; // the most frequent spelling
  key: string; // grouping key (normalizeIdentity)
  statements: number;
  documents: number;
  snippets: IdentitySnippet[];
  /** For names: the makers named in the same statements. */
  makers?: string[];
};

export type CorpusIdentity = {
  version: number;
  documents: number;
  documentsWithStatements: number;
  statements: number;
  claims: IdentityClaim[]; // most statements first
};

export type CorpusIdentityEvidence = {
  corpusId: string;
  name: string;
  role: "source" | "candidate";
  /** The label the corpus came with (model, provider), against which "own" and "foreign" are judged. */
  label: string;
  documents: number;
  documentsWithStatements: number;
  statements: number;
  claims: IdentityClaim[];
};

/** A candidate that calls itself by a name or maker that is not its own label: worth its own panel. */
export type ForeignIdentityClaim = {
  candidate: string;
  candidateId: string;
  claim: IdentityClaim;
  /** Share of the candidate's identity statements that make this claim. */
  share: number;
  /** Sources whose label or own statements carry the same name or maker. */
  matchesSources: string[];
  reason: string;
};

export type IdentityEvidence = {
  version: number;
  corpora: CorpusIdentityEvidence[];
  foreignClaims: ForeignIdentityClaim[];
};
