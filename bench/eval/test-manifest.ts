// The labelled set the eval's unit tests share: four sources (two versions of one teacher) and the cases given.
import type { EvalCase, Manifest } from "./read-manifest";

export const testManifest = (cases: EvalCase[]): Manifest => ({
  path: "/sets/dev.json",
  name: "dev",
  description: null,
  sources: ["/sets/gpt-a.json", "/sets/gpt-b.json", "/sets/llama.jsonl", "/sets/qwen.json"],
  cases,
});
