// A labelled development set: sources, candidates with the sources that count as right, and controls that
// have no teacher among the sources (right when not attributed). Paths are relative to the manifest.

import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const expectedSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const entrySchema = z.object({ expected: expectedSchema, why: z.string().optional() });
const controlSchema = z.object({ expected: z.null(), why: z.string().optional() });
const manifestSchema = z.object({
  description: z.string().optional(),
  sources: z.array(z.string().min(1)).min(2),
  candidates: z.record(z.string(), entrySchema),
  controls: z.record(z.string(), controlSchema).optional(),
});

/** One corpus to attribute: `expected` lists every right answer; null for a control (no teacher present). */
export type EvalCase = { file: string; expected: string[] | null; why: string | null };
export type Manifest = { path: string; name: string; description: string | null; sources: string[]; cases: EvalCase[] };

export function readManifest(manifestPath: string): Manifest {
  const absolute = path.resolve(manifestPath);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(absolute, "utf8"));
  } catch (err) {
    throw new Error(`${manifestPath}: cannot read it as JSON (${(err as Error).message}).`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${manifestPath}: ${issue.path.join(".") || "(top level)"}: ${issue.message}. Expected { sources: [file], candidates: { file: { expected: name | [name] } }, controls?: { file: { expected: null } } }.`);
  }
  const m = parsed.data;
  const dir = path.dirname(absolute);
  const resolveFile = (f: string) => path.resolve(dir, f);
  const cases: EvalCase[] = [
    ...Object.entries(m.candidates).map(([f, e]) => ({ file: resolveFile(f), expected: typeof e.expected === "string" ? [e.expected] : e.expected, why: e.why ?? null })),
    ...Object.entries(m.controls ?? {}).map(([f, e]) => ({ file: resolveFile(f), expected: null, why: e.why ?? null })),
  ];
  return { path: manifestPath, name: path.basename(manifestPath, ".json"), description: m.description ?? null, sources: m.sources.map(resolveFile), cases };
}
