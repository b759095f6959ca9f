import { listAllWorkspaces } from "@/lib/db/accounts/workspaces";
import { formatTable } from "../format-table";
import type { CliFlags } from "../parse-args";

export async function workspacesCommand(flags: CliFlags): Promise<void> {
  const workspaces = await listAllWorkspaces();
  if (flags.json) {
    process.stdout.write(JSON.stringify({ workspaces }) + "\n");
    return;
  }
  if (workspaces.length === 0) {
    console.log("No workspaces yet: the first sign-up (or the first `ingest`) creates one.");
    return;
  }
  console.log(formatTable(["id", "name", "members", "corpora"], workspaces.map((w) => [w.id, w.name, w.members, w.corpora])));
}
