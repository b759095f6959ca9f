import { createId } from "@/lib/ids";
import { countWords } from "@/lib/text/tokenize";
import { getDb } from "@/lib/db/client";
import { getCorporaById } from "@/lib/db/corpora/get-corpora-by-id";
import { appendDocuments, createIngestingCorpus, discardIngestingCorpora, markCorporaReady, type NewDocument } from "@/lib/db/corpora/write-corpus";
import { iterateDoneAnswers, tallyAnswers } from "@/lib/db/collect/collection-answers";
import { setCollectionCorpus, type CollectionRunView } from "@/lib/db/collect/collection-runs";
import { computeCorpusFeatures } from "@/lib/workflows/load-analysis-corpus";
import { publicBaseUrl } from "./providers";
import { settingsForProvenance, type CollectionProvenance } from "./provenance";

// Turns a run's answers into an ordinary corpus: written invisible ("ingesting"), marked ready, then
// fingerprinted (which also stores its identity statements). Safe to repeat: a corpus left half-written by
// a crash is discarded and written again; a ready one is kept.

export type FinishedCorpora = { corpusId: string; reasoningCorpusId: string | null };

export class NothingToKeepError extends Error {}

export async function finishCollection(run: CollectionRunView & { workspaceId: string }, createdById: string | null, stage: (name: string) => Promise<void>): Promise<FinishedCorpora> {
  const existing = [run.corpusId, run.reasoningCorpusId].filter((id): id is string => !!id);
  if (run.corpusId) {
    const ready = await getCorporaById(run.workspaceId, [run.corpusId]);
    if (ready.found[0]) {
      await stage("fingerprinting");
      await computeCorpusFeatures(ready.found[0]);
      return { corpusId: run.corpusId, reasoningCorpusId: run.reasoningCorpusId };
    }
  }
  await discardIngestingCorpora(existing);

  await stage("writing corpus");
  const tally = await tallyAnswers(run.id);
  const answers = newCorpus(run, "answer", createdById);
  const reasoning = run.settings.reasoningCorpus ? newCorpus(run, "reasoning", createdById) : null;
  await setCollectionCorpus(run.id, answers.id, reasoning?.id ?? null);
  let withReasoning = 0;
  for await (const page of iterateDoneAnswers(run.id)) {
    const answerDocs: NewDocument[] = [];
    const reasoningDocs: NewDocument[] = [];
    for (const a of page) {
      if (a.reasoning) withReasoning += 1;
      const meta = { run: run.id, prompt: a.promptIndex, sample: a.sample, finishReason: a.finishReason, ...(a.refusal ? { refusal: true } : {}) };
      // Empty answers are counted in the provenance, not stored as documents: there is no text to analyse.
      if (!a.empty) answerDocs.push(toDocument(answers, a.text, a, meta));
      if (reasoning && a.reasoning) reasoningDocs.push(toDocument(reasoning, a.reasoning, a, meta));
    }
    await answers.write(answerDocs);
    if (reasoning) await reasoning.write(reasoningDocs);
  }
  if (answers.documents === 0) {
    await discardIngestingCorpora([answers.id, reasoning?.id ?? ""]);
    await setCollectionCorpus(run.id, null, null);
    throw new NothingToKeepError(`No answer has text (${tally.answered} answered, ${tally.empty} empty, ${tally.failed} failed): there is nothing to make a corpus from.`);
  }
  const made = [answers, ...(reasoning && reasoning.documents > 0 ? [reasoning] : [])];
  const db = await getDb();
  for (const corpus of made) {
    const provenance: CollectionProvenance = {
      kind: "collection",
      runId: run.id,
      provider: run.provider,
      baseUrl: publicBaseUrl(run.baseUrl),
      model: run.model,
      ...settingsForProvenance(run.settings),
      prompts: run.promptSource,
      startedAt: run.startedAt?.toISOString() ?? null,
      finishedAt: new Date().toISOString(),
      text: corpus.text,
      counts: { asked: run.total, answered: tally.answered, empty: tally.empty, refusals: tally.refusals, failed: tally.failed + tally.pending, withReasoning, documents: corpus.documents },
      tokens: { input: tally.inputTokens, output: tally.outputTokens },
    };
    await db.corpus.update({ where: { id: corpus.id }, data: { provenance: JSON.stringify(provenance) } });
  }
  await markCorporaReady(made.map((c) => ({ id: c.id, documentCount: c.documents, tokenCount: c.tokens, charCount: c.chars })));
  if (reasoning && reasoning.documents === 0) await discardIngestingCorpora([reasoning.id]);

  await stage("fingerprinting");
  const summaries = await getCorporaById(run.workspaceId, made.map((c) => c.id));
  for (const summary of summaries.found) await computeCorpusFeatures(summary);
  return { corpusId: answers.id, reasoningCorpusId: reasoning && reasoning.documents > 0 ? reasoning.id : null };
}

type CorpusWriter = { id: string; text: "answer" | "reasoning"; documents: number; tokens: number; chars: number; created: boolean; write(docs: NewDocument[]): Promise<void> };

function newCorpus(run: CollectionRunView & { workspaceId: string }, text: "answer" | "reasoning", createdById: string | null): CorpusWriter {
  const writer: CorpusWriter = {
    id: createId("cor"),
    text,
    documents: 0,
    tokens: 0,
    chars: 0,
    created: false,
    async write(docs) {
      if (!writer.created) {
        await createIngestingCorpus({
          id: writer.id,
          workspaceId: run.workspaceId,
          createdById,
          name: text === "answer" ? run.name : `${run.name} · reasoning`,
          model: run.model,
          provider: new URL(run.baseUrl).host,
          notes: `Collected from ${run.model} (${run.provider}); ${text === "answer" ? "final answers" : "reasoning text"}.`,
        });
        writer.created = true;
      }
      if (docs.length === 0) return;
      await appendDocuments(writer.id, docs);
      for (const d of docs) {
        writer.tokens += d.tokenCount;
        writer.chars += d.charCount;
      }
    },
  };
  return writer;
}

function toDocument(writer: CorpusWriter, text: string, a: { prompt: string; promptId: string | null }, meta: Record<string, unknown>): NewDocument {
  const clean = text.toWellFormed();
  const doc: NewDocument = {
    ordinal: writer.documents,
    text: clean,
    prompt: a.prompt.toWellFormed(),
    promptId: a.promptId,
    charCount: clean.length,
    tokenCount: countWords(clean),
    meta: JSON.stringify(meta),
  };
  writer.documents += 1;
  return doc;
}
