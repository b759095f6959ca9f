import { ZodError } from "zod";
import { disconnectDb } from "@/lib/db/client";
import { isIngestError } from "@/lib/ingest/ingest-error";
import { parseCli, USAGE, UsageError } from "./parse-args";

async function main(argv: string[]): Promise<number> {
  const { command, args, flags } = parseCli(argv);
  if (!command || flags.help) {
    process.stdout.write(USAGE);
    return command || flags.help ? 0 : 2;
  }
  switch (command) {
    case "ingest":
      await (await import("./commands/ingest-command")).ingestCommand(args, flags);
      return 0;
    case "corpora":
      await (await import("./commands/corpora-command")).corporaCommand(flags);
      return 0;
    case "delete":
      await (await import("./commands/corpora-command")).deleteCommand(args, flags);
      return 0;
    case "workspaces":
      await (await import("./commands/workspaces-command")).workspacesCommand(flags);
      return 0;
    case "analyze":
      await (await import("./commands/analyze-command")).analyzeCommand(flags);
      return 0;
    case "collect":
      return (await import("./commands/collect-command")).collectCommand(flags);
    case "worker":
      await (await import("./commands/worker-command")).workerCommand(flags);
      return 0;
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (isIngestError(error)) {
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  if (error instanceof ZodError) {
    process.stderr.write(`error: ${error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")}\n`);
    return 2;
  }
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

main(process.argv.slice(2))
  .catch(reportError)
  .then(async (code) => {
    await disconnectDb().catch(() => undefined);
    process.exit(code);
  });
