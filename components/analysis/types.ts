// The analysis summary as the pages and the HTTP API see it (docs/api.md). Dates arrive as Date on the
// server and as ISO strings over JSON.
export type AnalysisStatus = "queued" | "running" | "done" | "failed";

export type AnalysisSummaryView = {
  id: string;
  name: string;
  status: string;
  stage: string | null;
  progress: number;
  sourceIds: string[];
  candidateIds: string[];
  error: { code: string; message: string } | null;
  /** Per candidate, once done (the analyses list's verdict and confidence columns). */
  verdicts?: { candidate: string; source: string | null; status: string; confidence: number }[] | null;
  createdAt: Date | string;
  startedAt?: Date | string | null;
  finishedAt?: Date | string | null;
};

export type CorpusOption = { id: string; name: string; model: string; documentCount: number; tokenCount: number };

export type ShareLinkView = { id: string; label: string | null; createdAt: Date | string; expiresAt: Date | string | null; revokedAt: Date | string | null };

export type AnalysisOptionDefaults = { mfw: number; culling: number; bootstrap: number; seed: number; maxDocumentsPerCorpus: number | null };
