// Runs in a worker thread: computes one corpus' fingerprint per message.
import { parentPort } from "node:worker_threads";
import { computeFeatures } from "./compute-features";
import type { FeatureInputDocument } from "./feature-types";

parentPort?.on("message", (message: { id: number; documents: FeatureInputDocument[] }) => {
  try {
    parentPort!.postMessage({ id: message.id, features: computeFeatures(message.documents) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
