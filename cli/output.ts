import { ZodError } from "zod";
import { EnvError } from "@/lib/env";
import { isIngestError } from "@/lib/ingest/ingest-error";
import { USAGE, UsageError } from "./parse-args";

// How the CLI ends. Writes to a pipe are asynchronous on Linux: process.exit right after a large write
// drops whatever the pipe had not taken yet (a 1 MB JSON result arrived cut at 128 KB). So the CLI waits
// until stdout and stderr have handed everything to the OS, then exits. With --json, errors are one JSON
// object on stderr ({ error: { code, message, …, exitCode } }), so scripts can parse failures too.

/** Resolves once everything written to `stream` so far has been handed to the OS. */
export function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    stream.write("", () => resolve()); // writes complete in order: this one's callback comes after all before it
  });
}

type Failure = { code: string; message: string; exitCode: number; details?: Record<string, unknown> };

function describeFailure(error: unknown): Failure {
  if (error instanceof UsageError) return { code: "usage", message: error.message, exitCode: 2 };
  if (error instanceof EnvError) return { code: "invalid-environment", message: error.message, exitCode: 2, details: { variables: error.problems } };
  if (isIngestError(error)) {
    const { code, message, ...details } = error.toJSON();
    return { code, message, exitCode: 1, details };
  }
  if (error instanceof ZodError) {
    return { code: "invalid-input", message: error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "), exitCode: 2 };
  }
  return { code: "failed", message: error instanceof Error ? error.message : String(error), exitCode: 1 };
}

/** Writes the failure to stderr (JSON with --json, else a line of text and, for usage errors, the usage). */
export function reportError(error: unknown, json: boolean): number {
  const failure = describeFailure(error);
  if (json) {
    process.stderr.write(JSON.stringify({ error: { code: failure.code, message: failure.message, ...failure.details, exitCode: failure.exitCode } }) + "\n");
  } else {
    process.stderr.write(`error: ${failure.message}\n${failure.code === "usage" ? `\n${USAGE}` : ""}`);
  }
  return failure.exitCode;
}
