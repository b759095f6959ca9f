import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { ingestOptionsSchema } from "@/lib/workflows/ingest-options";
import { ingestNow } from "@/lib/workflows/ingest-upload";
import { queueFingerprints } from "@/lib/workflows/queue-fingerprints";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { formatTable } from "../format-table";
import { UsageError, type CliFlags } from "../parse-args";

export async function ingestCommand(files: string[], flags: CliFlags): Promise<void> {
  if (files.length === 0) throw new UsageError("ingest needs at least one file.");
  for (const f of files) if (!existsSync(f) || !statSync(f).isFile()) throw new UsageError(`${f}: no such file.`);
  let mapping: unknown;
  if (flags.mapping) {
    try {
      mapping = JSON.parse(flags.mapping);
    } catch {
      throw new UsageError(`--mapping must be JSON, e.g. '{"text":"output","prompt":"instruction"}'.`);
    }
  }
  const options = ingestOptionsSchema.parse({
    name: flags.name,
    model: flags.model,
    provider: flags.provider,
    version: flags["model-version"],
    notes: flags.notes,
    format: flags.format,
    mapping,
    splitByModel: flags["split-by-model"] ?? false,
    skipBadRecords: flags["skip-bad-records"] ?? false,
  });
  const input = files.map((f) => ({ path: path.resolve(f), name: path.basename(f), bytes: statSync(f).size }));
  const workspace = await resolveOperatorWorkspace(flags.workspace);
  const result = await ingestNow(input, options, { workspaceId: workspace.id });
  await queueFingerprints(result.corpora.map((c) => c.id)); // a worker fingerprints them, as it does uploads
  if (flags.json) {
    process.stdout.write(JSON.stringify({ corpora: result.corpora, skipped: result.skipped }) + "\n");
    return;
  }
  console.log(formatTable(["id", "name", "model", "documents", "tokens"], result.corpora.map((c) => [c.id, c.name, c.model, c.documentCount, c.tokenCount])));
  if (result.skipped.length) {
    console.log(`\nSkipped ${result.skipped.length} bad record(s):`);
    for (const s of result.skipped.slice(0, 20)) console.log(`  ${s.file} line ${s.line}: ${s.reason}`);
  }
}
