// Where a result page's links point: the workspace's corpus browser, or the share view's own document page
// (a share link opens only its analysis' corpora), and how the concordance API is asked.

export type ResultsAccess = { analysisId: string; shareToken?: string | null };

/** In the workspace the link also names its analysis (?from=), so the corpus page can lead back with the term focused. */
export function documentHref(access: ResultsAccess, corpusId: string, ordinal: number, term?: string): string {
  const qs = new URLSearchParams({ doc: String(ordinal) });
  if (term) qs.set("highlight", term);
  if (!access.shareToken) qs.set("from", access.analysisId);
  const base = access.shareToken
    ? `/s/${encodeURIComponent(access.shareToken)}/documents/${encodeURIComponent(corpusId)}`
    : `/corpora/${encodeURIComponent(corpusId)}`;
  return `${base}?${qs}#doc-${ordinal}`;
}

export function concordanceUrl(
  access: ResultsAccess,
  q: { corpus: string; term: string; sort: string; page: number; pageSize: number },
): string {
  const qs = new URLSearchParams({ corpus: q.corpus, term: q.term, sort: q.sort, page: String(q.page), pageSize: String(q.pageSize) });
  return access.shareToken
    ? `/api/share/${encodeURIComponent(access.shareToken)}/concordance?${qs}`
    : `/api/analyses/${encodeURIComponent(access.analysisId)}/concordance?${qs}`;
}

export function termRatesUrl(access: ResultsAccess, term: string): string {
  const qs = new URLSearchParams({ term });
  return access.shareToken
    ? `/api/share/${encodeURIComponent(access.shareToken)}/term-rates?${qs}`
    : `/api/analyses/${encodeURIComponent(access.analysisId)}/term-rates?${qs}`;
}

/** One candidate–source pair's evidence terms, for pairs the page does not carry. */
export function evidenceUrl(access: ResultsAccess, candidate: string, source: string): string {
  const qs = new URLSearchParams({ candidate, source });
  return access.shareToken
    ? `/api/share/${encodeURIComponent(access.shareToken)}/evidence?${qs}`
    : `/api/analyses/${encodeURIComponent(access.analysisId)}/evidence?${qs}`;
}
