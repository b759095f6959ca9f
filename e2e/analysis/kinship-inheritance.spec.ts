import { expect, test } from "../support/sign-in";
import { runFamilyAnalysis } from "../support/family-analysis";

// Issue 9: a student fine-tuned on one source's outputs, on another source's base model. The page shows
// both answers side by side and says in plain words that they differ; the verdict follows the vocabulary.
test("kinship and inheritance disagree: the page says so and the verdict follows the vocabulary", async ({ page, request }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const id = await runFamilyAnalysis(request, `Disagreement ${tag}`, tag);

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
