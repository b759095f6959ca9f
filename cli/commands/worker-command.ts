import { warmUpAnalysis } from "@/lib/analysis/warm-up-analysis";
import { getEnv } from "@/lib/env";
import { runWorker } from "@/lib/jobs/run-worker";
import type { CliFlags } from "../parse-args";

export async function workerCommand(flags: CliFlags): Promise<void> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Started by the web server: leave when it does.
  if (process.send) process.once("disconnect", stop);
  const warmUp = getEnv().DISTILLSCOPE_WORKER_WARMUP ? warmUpAnalysis : undefined;
  await runWorker({ signal: controller.signal, once: flags.once, log: (line) => console.error(line), warmUp });
}
