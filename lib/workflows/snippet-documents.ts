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
