import { disconnectDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { flushed, reportError } from "./output";
import { parseCli, USAGE, UsageError } from "./parse-args";

async function main(argv: string[]): Promise<number> {
  getEnv(); // a bad DISTILLSCOPE_* value stops the CLI here, naming the variable
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

const argv = process.argv.slice(2);
main(argv)
  .catch((error: unknown) => reportError(error, argv.includes("--json")))
  .then(async (code) => {
    await disconnectDb().catch(() => undefined);
    // Only exit once the output is out: a pipe takes it asynchronously (see cli/output.ts).
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  });
