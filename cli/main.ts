import { parseCli, USAGE } from "./parse-args";

// Heavy modules (zod, the database client, the engine) load only when a command needs them: `--help` is instant.
let commandStarted = false;

async function main(argv: string[]): Promise<number> {
  const { command, args, flags } = parseCli(argv);
  if (!command || flags.help) {
    process.stdout.write(USAGE);
    return command || flags.help ? 0 : 2;
  }
  (await import("@/lib/env")).getEnv(); // a bad DISTILLSCOPE_* value stops the CLI here, naming the variable
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
    case "collect":
      return (await import("./commands/collect-command")).collectCommand(flags);
    case "worker":
      await (await import("./commands/worker-command")).workerCommand(flags);
      return 0;
    default:
      throw new (await import("./parse-args")).UsageError(`Unknown command "${command}".`);
  }
}

/** Whether the command loaded the database client or opened a driver (lib/db/client.ts, driver-connection.ts). */
const usedDatabase = () => {
  const g = globalThis as { __distillscopeDb?: unknown; __distillscopeDriver?: unknown };
  return g.__distillscopeDb !== undefined || g.__distillscopeDriver !== undefined;
};

/** Resolves once everything written to `stream` so far has been handed to the OS (see cli/output.ts). */
const flushed = (stream: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => (stream.destroyed || !stream.writable ? resolve() : stream.write("", () => resolve())));

const argv = process.argv.slice(2);
main(argv)
  .catch(async (error: unknown) => (await import("./output")).reportError(error, argv.includes("--json")))
  .then(async (code) => {
    if (commandStarted && usedDatabase()) await import("@/lib/db/client").then((db) => db.disconnectDb()).catch(() => undefined);
    // Only exit once the output is out: a pipe takes it asynchronously.
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  });
