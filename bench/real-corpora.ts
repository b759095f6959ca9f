import { readFileSync } from "node:fs";
import path from "node:path";

/** The 12-corpus development case: the manifest's sources, then its candidates, 12 in all (absolute paths). */
export function realCorpusFiles(manifestPath: string): { files: string[]; sources: number } {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { sources: string[]; candidates: Record<string, unknown> };
  const dir = path.dirname(path.resolve(manifestPath));
  const files = [...manifest.sources, ...Object.keys(manifest.candidates)].slice(0, 12).map((f) => path.join(dir, f));
  return { files, sources: Math.min(manifest.sources.length, files.length - 1) };
}
