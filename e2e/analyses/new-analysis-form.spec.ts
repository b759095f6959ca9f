import { expect, test } from "../support/sign-in";
import { uploadFixture, uploadFixtures } from "../analysis/analysis-helpers";

// Issue 12, items 6-7: pickers have "Select all" and "Clear"; "versions of one model" is the user's call,
// stored in the analysis options as candidatesAreVersions.

test("pickers select all and clear; the versions checkbox is stored with the analysis", async ({ page, request }) => {
  const tag = `form-${Date.now().toString(36)}`;
  const corpora = await uploadFixtures(request, tag);
  const delta = await uploadFixture(request, "multi-model.jsonl", `delta ${tag}`);
  await page.goto("/analyses/new");
  const sources = page.getByRole("group", { name: /^Sources/ });
  const candidates = page.getByRole("group", { name: /^Candidates/ });

  // "Select all" takes what the search shows; "Clear" empties the role.
  await sources.getByRole("searchbox").fill(tag);
  await sources.getByRole("button", { name: "Select all shown sources" }).click();
  await expect(sources.locator("legend")).toContainText("4 selected");
  await sources.getByRole("button", { name: "Clear sources" }).click();
  await expect(sources.locator("legend")).toContainText("0 selected");
  await expect(sources.getByRole("button", { name: "Clear sources" })).toBeDisabled();

  // Corpora picked for the other role are left out of "Select all".
  await candidates.getByRole("searchbox").fill(tag);
  await candidates.getByRole("checkbox", { name: corpora.gamma.name }).check();
  await candidates.getByRole("checkbox", { name: delta.name }).check();
  await sources.getByRole("button", { name: "Select all shown sources" }).click();
  await expect(sources.locator("legend")).toContainText("2 selected");
  await expect(sources.getByRole("checkbox", { name: corpora.alpha.name })).toBeChecked();
  await expect(sources.getByRole("checkbox", { name: corpora.gamma.name })).not.toBeChecked();

  // The versions checkbox needs two candidates; it is off unless the user ticks it.
  const versions = page.getByLabel("The candidates are versions of one model");
  await expect(versions).toBeEnabled();
  await expect(versions).not.toBeChecked();
  await candidates.getByRole("checkbox", { name: delta.name }).uncheck();
  await expect(versions).toBeDisabled();
  await candidates.getByRole("checkbox", { name: delta.name }).check();
  await versions.check();

  await page.getByLabel("Bootstrap replicates").fill("0");
  await page.getByRole("button", { name: "Run analysis" }).click();
  await expect(page).toHaveURL(/\/analyses\/ana_[\w-]+$/);
  const id = new URL(page.url()).pathname.split("/").pop();
  const { analysis } = (await (await request.get(`/api/analyses/${id}`)).json()) as { analysis: { options: { candidatesAreVersions?: boolean } } };
  expect(analysis.options.candidatesAreVersions).toBe(true);
});
