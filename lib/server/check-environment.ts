import { EnvError, getEnv } from "@/lib/env";

/** At start (server, `npm run setup`): a bad environment variable ends the process with a message naming it. */
export function exitOnBadEnvironment(): void {
  try {
    getEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Distillscope cannot start. ${error.message}`);
    process.exit(1);
  }
}
