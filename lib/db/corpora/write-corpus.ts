import { bulkInsertDocuments } from "../bulk-insert-documents";
import { getDb } from "../client";

// A corpus is written in three steps so a large upload never sits in one giant transaction:
// it is created as "ingesting" (invisible to every list), filled in batches, then marked "ready".
// A failure discards it; after a crash, the ingest job's next attempt or the job reaper (lib/jobs) does.

export type NewCorpus = {
  id: string;
  workspaceId: string;
  createdById?: string | null;
  name: string;
  model: string;
  provider?: string | null;
  version?: string | null;
  notes?: string | null;
  ingestId?: string | null;
};

export type NewDocument = {
  ordinal: number;
  text: string;
  prompt: string | null;
  promptId: string | null;
  charCount: number;
  tokenCount: number;
  meta: string | null;
};

export async function createIngestingCorpus(corpus: NewCorpus): Promise<void> {
  const db = await getDb();
  await db.corpus.create({ data: { ...corpus, status: "ingesting" } });
}

export async function appendDocuments(corpusId: string, documents: NewDocument[]): Promise<void> {
  await bulkInsertDocuments(corpusId, documents);
}

export async function markCorporaReady(
  corpora: { id: string; documentCount: number; tokenCount: number; charCount: number; languages?: string | null }[],
): Promise<void> {
  const db = await getDb();
  await db.$transaction(
    corpora.map((c) =>
      db.corpus.update({
        where: { id: c.id },
        data: { status: "ready", documentCount: c.documentCount, tokenCount: c.tokenCount, charCount: c.charCount, languages: c.languages ?? null },
      }),
    ),
  );
}

/** Removes corpora that never became ready. Never touches a ready corpus. */
export async function discardIngestingCorpora(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const db = await getDb();
  await db.corpus.deleteMany({ where: { id: { in: ids }, status: { not: "ready" } } });
}

/** What an earlier attempt of this ingest left half-written (a worker killed mid-ingest). Ready corpora stay. */
export async function discardPartialCorpora(ingestId: string): Promise<number> {
  const db = await getDb();
  const { count } = await db.corpus.deleteMany({ where: { ingestId, status: { not: "ready" } } });
  return count;
}
