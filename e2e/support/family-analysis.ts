import type { APIRequestContext } from "@playwright/test";
import { expect } from "./sign-in";
import { FAMILY_SOURCES, familyDocuments, type FamilyModel } from "../../test/support/family-corpora";

// A student fine-tuned on one source's outputs ("ornate" vocabulary) on another source's base model ("bullets"):
// kinship (form) points at casual-bullets, inheritance (vocabulary) at ornate-plain.
export const FAMILY_MODELS: Record<string, FamilyModel> = { ...FAMILY_SOURCES, student: { base: "bullets", vocabulary: "ornate" } };

/** Uploads the family fixtures (written here as JSON Lines), analyses the student, waits for the result. */
export async function runFamilyAnalysis(request: APIRequestContext, name: string, tag: string): Promise<string> {
  const ids: Record<string, string> = {};
  for (const [model, spec] of Object.entries(FAMILY_MODELS)) {
    const jsonl = familyDocuments(model, spec, 80).map((d) => JSON.stringify({ instruction: d.prompt, output: d.text })).join("\n") + "\n";
    const qs = new URLSearchParams({ filename: `${model}.jsonl`, name: `${model} ${tag}`, model });
    const res = await request.post(`/api/corpora?${qs}`, { data: Buffer.from(jsonl), headers: { "content-type": "application/x-ndjson" } });
    expect(res.status(), await res.text()).toBe(201);
    ids[model] = ((await res.json()) as { corpora: { id: string }[] }).corpora[0].id;
  }
  const started = await request.post("/api/analyses", {
    data: { name, sourceIds: Object.keys(FAMILY_SOURCES).map((model) => ids[model]), candidateIds: [ids.student], options: { bootstrap: 30 } },
  });
  expect(started.status(), await started.text()).toBe(202);
  const { id } = (await started.json()) as { id: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/analyses/${id}`)).json()) as { analysis: { status: string } }).analysis.status, { timeout: 90_000 })
    .toBe("done");
  return id;
}
