import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";
import { ingestNow } from "@/lib/workflows/ingest-upload";
import { deleteCorpus } from "@/lib/db/corpora/delete-corpus";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { writeSyntheticJsonl, type SyntheticLanguage } from "./make-synthetic-jsonl";
import { measurePeakRss } from "./measure";

export type IngestBenchRow = { database: string; language: SyntheticLanguage; megabytes: number; seconds: number; mbPerSecond: number; documentsPerSecond: number; peakRssMb: number };

/** Ingests one synthetic JSONL of `bytes` into the current database (DATABASE_URL) and deletes it again. */
export async function benchIngest(database: string, bytes: number, language: SyntheticLanguage = "english"): Promise<IngestBenchRow> {
  const dir = mkdtempSync(path.join(tmpdir(), "distillscope-bench-"));
  const file = path.join(dir, "synthetic.jsonl");
  try {
    await writeSyntheticJsonl(file, bytes, 1, language);
    const size = statSync(file).size;
    const workspaceId = (await resolveOperatorWorkspace()).id;
    const started = performance.now();
    const { result, peakRssMb } = await measurePeakRss(() =>
      ingestNow([{ path: file, name: "synthetic.jsonl", bytes: size }], ingestOptionsSchema.parse({ name: "bench-synthetic" }), { workspaceId }),
    );
    const seconds = (performance.now() - started) / 1000;
    const documents = result.corpora.reduce((s, c) => s + c.documentCount, 0);
    for (const c of result.corpora) await deleteCorpus(workspaceId, c.id);
    return { database, language, megabytes: size / 1e6, seconds, mbPerSecond: size / 1e6 / seconds, documentsPerSecond: documents / seconds, peakRssMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
