// Texts for keyword-in-context snippets, loaded when the analysis asks for them (one corpus at a time) and
// dropped after: a stored corpus reads an even sample back from the database, a file is read again.
import type { AnalysisCorpus, SnippetDocument } from "@/lib/analysis/analyze";

/** Text kept for snippets: all of a small stored corpus, an even sample of a large one. */
export const SNIPPET_DOCUMENTS_PER_CORPUS = 3000;

/** A corpus read from a file, which can read its documents' texts again. */
export type FileCorpus = AnalysisCorpus & { readDocuments: () => Promise<SnippetDocument[]> };

export async function loadStoredSnippetDocuments(corpusId: string, documentCount: number): Promise<SnippetDocument[]> {
  // Imported here: analysing files alone never loads the database modules.
  const { listSampledDocumentTexts } = await import("@/lib/db/corpora/list-corpus-documents");
  return listSampledDocumentTexts(corpusId, Math.max(1, Math.ceil(documentCount / SNIPPET_DOCUMENTS_PER_CORPUS)));
}

/** `getDocuments` for analyze(): a file corpus reads its file again, a stored one its sample. */
export function loadSnippetDocuments(corpus: AnalysisCorpus): Promise<SnippetDocument[]> {
  if ("readDocuments" in corpus && typeof corpus.readDocuments === "function") return (corpus as FileCorpus).readDocuments();
  return loadStoredSnippetDocuments(corpus.id, corpus.features.documents);
}

/**
 * loadSnippetDocuments for analyze(), which asks for the corpora in `order`: each call also starts reading
 * the next corpus' texts, so a database read overlaps the scan of the texts before it. At most two
 * corpora's texts are held at once.
 */
export function loadSnippetDocumentsAhead(order: AnalysisCorpus[]): (corpus: AnalysisCorpus) => Promise<SnippetDocument[]> {
  const started = new Map<AnalysisCorpus, Promise<SnippetDocument[]>>();
  return (corpus) => {
    const current = started.get(corpus) ?? loadSnippetDocuments(corpus);
    started.delete(corpus);
    const next = order[order.indexOf(corpus) + 1];
    if (next && !started.has(next)) {
      const reading = loadSnippetDocuments(next);
      reading.catch(() => undefined); // a failure surfaces when it is asked for, not as an unhandled rejection
      started.set(next, reading);
    }
    return current;
  };
}
