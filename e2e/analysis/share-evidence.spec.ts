import { expect, test } from "../support/sign-in";
import { focusFirstTerm, openShareLink, runAnalysis, uploadFixtures } from "./analysis-helpers";

// Issue 12, item 2, in the share view: a reader without an account pages through every use of a term and opens
// a snippet's document, inside the share link (never the workspace), with the term highlighted.
test("a shared analysis' snippet opens its document in the share view, term highlighted", async ({ browser, baseURL, request }) => {
  test.setTimeout(120_000);
  const tag = `share-ev-${Date.now()}`;
  const corpora = await uploadFixtures(request, tag);
  const id = await runAnalysis(request, corpora, `Shared evidence ${tag}`);
  const { token, context, page } = await openShareLink(request, browser, baseURL, id, tag);
  const evidence = page.locator("#evidence");
  const term = await focusFirstTerm(page);
  const source = evidence.getByTestId("concordance-source");
  await expect(source.getByTestId("kwic-snippet").first()).toBeVisible();
  const link = source.getByTestId("kwic-document-link").first();
  await expect(link).toHaveAttribute("href", new RegExp(`^/s/${token}/documents/`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/s/${token}/documents/[^/?]+\\?doc=\\d+&highlight=`));
  const doc = page.locator('[data-testid=document][aria-current="true"]');
  await expect(doc.locator("mark[data-term]").first()).toHaveText(new RegExp(`^${term.split(" ")[0]}`, "i"));
  // Back to the analysis, the term still focused.
  await page.getByRole("link", { name: `← Shared evidence ${tag}` }).click();
  await expect(page.getByTestId("focused-term")).toContainText(term);
  // Issue 12, item 2's last bullet: a term clicked in another panel (what the candidate over-uses) is focused
  // everywhere: the chip, the evidence's uses, its rate in every corpus, whose link opens a document highlighted.
  await page.getByRole("button", { name: "Clear the focused term", exact: false }).click();
  await expect(page.getByTestId("focused-term")).toHaveCount(0);
  const overUsed = page.getByTestId("slop-profiles").getByTestId("slop-profile").first().locator("button[data-term-button]").first();
  const slopTerm = (await overUsed.getAttribute("data-term-button"))!;
  await overUsed.click();
  await expect(overUsed).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("focused-term")).toContainText(slopTerm);
  await expect.poll(() => new URL(page.url()).searchParams.get("term")).toBe(slopTerm);
  await expect(page.locator("#evidence-kwic")).toContainText(`“${slopTerm}” in context`);
  await expect(page.locator("#evidence-kwic")).toBeInViewport();
  await expect(evidence.getByTestId("concordance-candidate").getByTestId("kwic-snippet").first()).toBeVisible();
  const rates = page.locator("[data-chart=shares]").getByTestId("term-rates");
  const candidateRate = rates.getByTestId("term-rate").first();
  await expect(candidateRate).toContainText(/[\d.,]+ \/M · [1-9]\d* of \d+ docs/);
  await candidateRate.getByTestId("term-rate-document-link").click();
  await expect(page).toHaveURL(new RegExp(`/s/${token}/documents/[^/?]+\\?doc=\\d+&highlight=`));
  await expect(page.locator('[data-testid=document][aria-current="true"] mark[data-term]').first()).toHaveText(new RegExp(`^${slopTerm.split(" ")[0]}`, "i"));
  await page.goBack();
  await expect(page.getByTestId("focused-term")).toContainText(slopTerm);
  // A corpus outside the analysis is not reachable through the link.
  expect((await page.goto(`/s/${token}/documents/cor_elsewhere?doc=0`))?.status()).toBe(404);
  await context.close();
});
