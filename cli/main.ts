import { isIngestError } from "@/lib/ingest/ingest-error";
import { parseCli, USAGE, UsageError } from "./parse-args";

// Heavy modules (zod, the database client, the engine) load only when a command needs them: `--help` is instant.
let commandStarted = false;

async function main(argv: string[]): Promise<number> {
  const { command, args, flags } = parseCli(argv);
  if (!command || flags.help) {
    process.stdout.write(USAGE);
    return command || flags.help ? 0 : 2;
  }
  commandStarted = true;
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
    case "worker":
      await (await import("./commands/worker-command")).workerCommand(flags);
      return 0;
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

async function reportError(error: unknown): Promise<number> {
  if (error instanceof UsageError) {
    process.stderr.write(`error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (isIngestError(error)) {
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  const { ZodError } = await import("zod");
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
    if (commandStarted) await import("@/lib/db/client").then((db) => db.disconnectDb()).catch(() => undefined);
    // A large --json result into a pipe is still being written: exit only once it is out.
    await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
    process.exit(code);
  });
