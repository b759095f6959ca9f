export type CorpusSummary = {
  id: string;
  name: string;
  model: string;
  provider: string | null;
  version: string | null;
  notes: string | null;
  status: string;
  documentCount: number;
  tokenCount: number;
  charCount: number;
  /** JSON of the main languages detected at ingest (parseLanguages in lib/text/detect-languages.ts). */
  languages: string | null;
  createdAt: Date;
};

export const corpusSummarySelect = {
  id: true,
  name: true,
  model: true,
  provider: true,
  version: true,
  notes: true,
  status: true,
  documentCount: true,
  tokenCount: true,
  charCount: true,
  languages: true,
  createdAt: true,
} as const;
