import { concordancePage, type ConcordancePage, type ConcordanceSort } from "@/lib/analysis/evidence/concordance";
import { listTermUses } from "@/lib/db/corpora/list-term-uses";
import { HttpError, notFound } from "@/lib/server/http-error";
import { getAnalysis } from "./get-analysis";

export type ConcordanceQuery = { corpus: string; term: string; sort: ConcordanceSort; page: number; pageSize: number };
export type ConcordanceAnswer = ConcordancePage & { corpus: { id: string; name: string; documents: number }; term: string; sort: ConcordanceSort };

/** Every use of a term in one corpus of a finished analysis of this workspace, paged. Only the analysis' own corpora. */
export async function getConcordance(workspaceId: string, analysisId: string, q: ConcordanceQuery): Promise<ConcordanceAnswer> {
  const analysis = await getAnalysis(workspaceId, analysisId);
  if (!analysis?.result) throw notFound("No such analysis.");
  const corpus = analysis.result.corpora.find((c) => c.id === q.corpus);
  if (!corpus) throw new HttpError(400, "unknown-corpus", `Corpus ${q.corpus} is not part of this analysis; use the id of one of its corpora.`);
  const lines = await listTermUses(workspaceId, corpus.id, q.term);
  if (!lines) throw notFound(`The corpus “${corpus.name}” has been deleted since this analysis ran.`);
  return { corpus: { id: corpus.id, name: corpus.name, documents: corpus.documents }, term: q.term, sort: q.sort, ...concordancePage(lines, q.sort, q.page, q.pageSize) };
}
