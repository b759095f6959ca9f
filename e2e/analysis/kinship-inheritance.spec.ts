import { expect, test } from "../support/sign-in";
import { familyDocuments, type FamilyModel } from "../../test/support/family-corpora";

// Issue 9: a student fine-tuned on one source's outputs, on another source's base model. The page shows
// both answers side by side and says in plain words that they differ; the verdict follows the vocabulary.
const MODELS: Record<string, FamilyModel> = {
  "ornate-plain": { base: "plain", vocabulary: "ornate" },
  "casual-bullets": { base: "bullets", vocabulary: "casual" },
  "formal-headed": { base: "headed", vocabulary: "formal" },
  student: { base: "bullets", vocabulary: "ornate" },
};

test("kinship and inheritance disagree: the page says so and the verdict follows the vocabulary", async ({ page, request }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const ids: Record<string, string> = {};
  for (const [model, spec] of Object.entries(MODELS)) {
    // The fixture is written here, as JSON Lines, from the same generator the unit tests use.
    const jsonl = familyDocuments(model, spec, 80).map((d) => JSON.stringify({ instruction: d.prompt, output: d.text })).join("\n") + "\n";
    const qs = new URLSearchParams({ filename: `${model}.jsonl`, name: `${model} ${tag}`, model });
    const res = await request.post(`/api/corpora?${qs}`, { data: Buffer.from(jsonl), headers: { "content-type": "application/x-ndjson" } });
    expect(res.status(), await res.text()).toBe(201);
    ids[model] = ((await res.json()) as { corpora: { id: string }[] }).corpora[0].id;
  }
  const started = await request.post("/api/analyses", {
    data: { name: `Disagreement ${tag}`, sourceIds: [ids["ornate-plain"], ids["casual-bullets"], ids["formal-headed"]], candidateIds: [ids.student], options: { bootstrap: 30 } },
  });
  expect(started.status(), await started.text()).toBe(202);
  const { id } = (await started.json()) as { id: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/analyses/${id}`)).json()) as { analysis: { status: string } }).analysis.status, { timeout: 90_000 })
    .toBe("done");

  await page.goto(`/analyses/${id}`);
  const panel = page.getByTestId("kinship-inheritance");
  await expect(panel.getByRole("heading", { name: "Kinship and inheritance" })).toBeVisible();
  const student = panel.getByTestId("candidate-questions");
  await expect(student).toHaveAttribute("data-agree", "false");
  await expect(student.getByTestId("kinship").locator("li").first()).toContainText(`casual-bullets ${tag}`);
  await expect(student.getByTestId("inheritance").locator("li").first()).toContainText(`ornate-plain ${tag}`);
  await expect(student.getByTestId("reading")).toHaveText(
    `Its form is closest to casual-bullets ${tag} (a shared base model, likely); its distinctive vocabulary matches ornate-plain ${tag} (what it learnt from, likely).`,
  );
  await expect(page.getByTestId("verdict")).toContainText(`inherits its distinctive vocabulary from ornate-plain ${tag}`);
});
