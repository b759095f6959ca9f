import { deleteCorpus } from "@/lib/db/corpora/delete-corpus";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import { resolveOperatorWorkspace } from "@/lib/db/accounts/workspaces";
import { formatTable } from "../format-table";
import { UsageError, type CliFlags } from "../parse-args";

export async function corporaCommand(flags: CliFlags): Promise<void> {
  const workspace = await resolveOperatorWorkspace(flags.workspace);
  const corpora = await listCorpora(workspace.id, { search: flags.search });
  if (flags.json) {
    process.stdout.write(JSON.stringify({ corpora }) + "\n");
    return;
  }
  if (corpora.length === 0) {
    console.log("No corpora yet. Add one with: npm run --silent cli -- ingest <file>");
    return;
  }
  console.log(
    formatTable(
      ["id", "name", "model", "documents", "tokens", "created"],
      corpora.map((c) => [c.id, c.name, c.model, c.documentCount, c.tokenCount, c.createdAt.toISOString().slice(0, 16).replace("T", " ")]),
    ),
  );
}

export async function deleteCommand(ids: string[], flags: CliFlags): Promise<void> {
  if (ids.length !== 1) throw new UsageError("delete takes one corpus id.");
  const workspace = await resolveOperatorWorkspace(flags.workspace);
  if (!(await deleteCorpus(workspace.id, ids[0]))) throw new Error(`No corpus with id ${ids[0]} in workspace ${workspace.name} (${workspace.id}).`);
  console.error(`Deleted ${ids[0]}.`);
}
