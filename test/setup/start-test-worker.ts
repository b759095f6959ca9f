import { afterAll, beforeAll } from "vitest";
import { runWorker } from "@/lib/jobs/run-worker";

// Database tests call route handlers as Next would, but no server starts a worker beside them. Uploads are a
// worker's job (the web process only spools and waits), so each test file runs a real worker loop in the
// test process for ingests and fingerprints. Analyses, collections and connection tests are left to the
// tests, which run them explicitly (or start worker processes of their own).

let controller: AbortController | undefined;
let running: Promise<void> | undefined;

beforeAll(() => {
  controller = new AbortController();
  running = runWorker({ signal: controller.signal, kinds: ["ingest", "fingerprint"], pollMs: 100 });
  running.catch((error) => console.error("test worker stopped", error));
});

/** For tests whose jobs must be taken by worker processes of their own (kill tests). */
export async function stopTestWorker(): Promise<void> {
  controller?.abort();
  await running?.catch(() => undefined);
  running = undefined;
}

afterAll(stopTestWorker);
