// A deleted corpus' words must not live on in stored results or the shares that show them. Results quote
// documents in keyword-in-context snippets ({ corpus, left, match, right }, wherever they sit in the
// result); this removes every snippet quoting the named corpus. Aggregate statistics (scores, counts,
// frequent words and phrases) stay: they are what the analysis found, not the corpus' text.

type Json = unknown;

const isSnippetOf = (value: Json, corpus: string): boolean =>
  typeof value === "object" && value !== null && (value as { corpus?: unknown }).corpus === corpus && "match" in value && "left" in value && "right" in value;

/** The result without any snippet quoting `corpusName`; `removed` counts them. */
export function removeCorpusText(result: Json, corpusName: string): { result: Json; removed: number } {
  let removed = 0;
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) {
      const kept = value.filter((item) => {
        if (!isSnippetOf(item, corpusName)) return true;
        removed += 1;
        return false;
      });
      return kept.map(walk);
    }
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    }
    return value;
  };
  return { result: walk(result), removed };
}

/** The display name the result gives corpus `id` (names are what snippets carry). */
export function corpusNameInResult(result: Json, id: string): string | null {
  const corpora = (result as { corpora?: { id?: unknown; name?: unknown }[] } | null)?.corpora;
  const entry = Array.isArray(corpora) ? corpora.find((c) => c?.id === id) : undefined;
  return typeof entry?.name === "string" ? entry.name : null;
}
