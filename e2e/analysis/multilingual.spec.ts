import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../support/sign-in";
import { multilingualCandidate, multilingualSource, toJsonl, type MultilingualRecord } from "../../test/support/multilingual-corpora";

// Issue 15: answers in Chinese, Japanese and English by two sources with favourite words of their own. The
// corpus page shows the detected languages; the analysis ranks the candidate's source first (with two
// sources it names no teacher, and says why) and its evidence shows Chinese words in context; an analysis of corpora in different languages warns at the top.
async function upload(request: APIRequestContext, records: MultilingualRecord[], name: string): Promise<{ id: string; name: string }> {
  const qs = new URLSearchParams({ filename: `${name}.jsonl`, name, model: name });
  const res = await request.post(`/api/corpora?${qs}`, { data: Buffer.from(toJsonl(records)), headers: { "content-type": "application/x-ndjson" } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { corpora: { id: string; name: string }[] }).corpora[0];
}

async function analyse(request: APIRequestContext, name: string, sourceIds: string[], candidateIds: string[]): Promise<string> {
  const res = await request.post("/api/analyses", { data: { name, sourceIds, candidateIds, options: { bootstrap: 20 } } });
  expect(res.status(), await res.text()).toBe(202);
  const { id } = (await res.json()) as { id: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/analyses/${id}`)).json()) as { analysis: { status: string } }).analysis.status, { timeout: 90_000 })
    .toBe("done");
  return id;
}

const only = (records: MultilingualRecord[], language: string) => records.filter((r) => r.prompt_id.startsWith(`${language}-`));

test.describe.serial("corpora in Chinese, Japanese and English", () => {
  const tag = `ml-${Date.now()}`;
  let north: { id: string; name: string };
  let south: { id: string; name: string };
  let candidate: { id: string; name: string };
  let northChinese: { id: string; name: string };

  test.beforeAll(async ({ request }) => {
    north = await upload(request, multilingualSource("north"), `north ${tag}`);
    south = await upload(request, multilingualSource("south"), `south ${tag}`);
    candidate = await upload(request, multilingualCandidate(), `candidate ${tag}`);
    northChinese = await upload(request, only(multilingualSource("north"), "zh"), `north-zh ${tag}`);
  });

  test("the corpus page shows the detected languages", async ({ page }) => {
    await page.goto(`/corpora/${northChinese.id}`);
    await expect(page.getByText("language: Chinese 100%")).toBeVisible();
    await page.goto(`/corpora/${north.id}`);
    await expect(page.getByText(/language: Chinese \d+%, (English|Japanese) \d+%, (English|Japanese) \d+%/)).toBeVisible();
  });

  test("ranks the candidate's source first and shows Chinese evidence in context", async ({ page, request }) => {
    const id = await analyse(request, `Multilingual ${tag}`, [north.id, south.id], [candidate.id]);
    await page.goto(`/analyses/${id}`);
    const verdict = page.getByTestId("verdict");
    await expect(verdict).toContainText(`closest to ${north.name}'s, but with 2 sources the calibration cannot test a teacher that is missing`);
    await expect(verdict).toContainText("Add other models as sources (8 or more in all) for a verdict.");
    await expect(page.getByText("The corpora are in different languages")).toHaveCount(0);
    const evidence = page.locator("#evidence");
    await evidence.getByLabel("Source").selectOption({ label: north.name });
    const chinese = evidence.getByTestId("evidence-table").locator("tbody button").filter({ hasText: /^[\p{scx=Han} ]+$/u });
    expect(await chinese.count()).toBeGreaterThan(0);
    const term = (await chinese.first().textContent())!.trim();
    await chinese.first().click();
    const kwic = evidence.getByTestId("kwic");
    await expect(kwic.getByRole("heading", { name: `“${term}” in context` })).toBeVisible();
    await expect(kwic.getByTestId("kwic-snippet").first()).toBeVisible();
    await expect(kwic.locator("mark").first()).toHaveText(term.replace(/ /g, ""));
  });

  test("an analysis of corpora in different languages warns at the top", async ({ page, request }) => {
    const english = await upload(request, only(multilingualSource("south"), "en"), `south-en ${tag}`);
    const japanese = await upload(request, only(multilingualCandidate(), "ja"), `candidate-ja ${tag}`);
    const id = await analyse(request, `Mixed languages ${tag}`, [northChinese.id, english.id], [japanese.id]);
    await page.goto(`/analyses/${id}`);
    const warning = page.getByRole("status").filter({ hasText: "The corpora are in different languages" });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("measures language, not teacher");
  });
});
