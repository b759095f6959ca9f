import { expect, test } from "../support/sign-in";
import { runAnalysis, uploadFixtures } from "../analysis/analysis-helpers";

// Issue 12, item 6: the analyses list shows each analysis's verdict and confidence, and sorts and searches.

test("the analyses list shows the verdict and confidence, and sorts and searches", async ({ page, request }) => {
  const tag = `list-${Date.now().toString(36)}`;
  const corpora = await uploadFixtures(request, tag);
  const first = await runAnalysis(request, corpora, `A first ${tag}`);
  const second = await runAnalysis(request, corpora, `B second ${tag}`);
  const { analysis } = (await (await request.get(`/api/analyses/${first}`)).json()) as {
    analysis: { result: { candidates: { name: string; verdict: { source: string | null; confidence: number } }[] } };
  };
  const verdict = analysis.result.candidates[0].verdict;

  await page.goto("/analyses");
  const table = page.getByTestId("analyses-table");
  await expect(table.getByRole("columnheader", { name: /Verdict/ })).toBeVisible();
  const row = table.getByTestId("analysis-row").filter({ hasText: `A first ${tag}` });
  await expect(row.getByTestId("analysis-verdict")).toContainText(verdict.source ? `resembles ≈ ${verdict.source}` : "inconclusive");
  await expect(row.getByTestId("analysis-confidence")).toHaveText(`${Math.round(verdict.confidence * 100)}%`);

  // Search: by analysis name, and by a corpus name.
  const search = page.getByLabel("Search analyses");
  await search.fill(tag);
  await expect(table.getByTestId("analysis-row")).toHaveCount(2);
  await search.fill(`second ${tag}`);
  await expect(table.getByTestId("analysis-row")).toHaveCount(1);
  await expect(table.getByTestId("analysis-row")).toContainText(`B second ${tag}`);
  await search.fill(`${corpora.gamma.name} nothing-matches-this`);
  await expect(table.getByTestId("analysis-row")).toHaveCount(0);
  await expect(table).toContainText("No analyses match");

  // Sort by name, both ways; the header says which way.
  await search.fill(tag);
  const names = () => table.getByTestId("analysis-row").locator("td:first-child a").allTextContents();
  await table.getByRole("button", { name: /^Name/ }).click();
  await expect(table.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "ascending");
  expect(await names()).toEqual([`A first ${tag}`, `B second ${tag}`]);
  await table.getByRole("button", { name: /^Name/ }).click();
  await expect(table.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "descending");
  expect(await names()).toEqual([`B second ${tag}`, `A first ${tag}`]);
  expect(second).not.toBe(first);
});
