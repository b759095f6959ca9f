import { expect, test } from "../support/sign-in";
import { FAMILY_MODELS, runFamilyAnalysis } from "../support/family-analysis";

// Issue 12, item 1: the map agrees with the verdict. A student that took one source's vocabulary on another
// source's base model is attributed by vocabulary; its form (Cosine Delta) is nearest the base. The map drawn
// from the verdict's distances puts it nearest the source it was attributed to; "Form" puts it by its base.
test("the map follows the verdict: an attributed candidate sits by its source, and by its base on Form", async ({ page, request }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const id = await runFamilyAnalysis(request, `Map ${tag}`, tag);

  await page.goto(`/analyses/${id}`);
  await expect(page.getByTestId("verdict")).toContainText(`inherits its distinctive vocabulary from ornate-plain ${tag}`);
  const map = page.locator("[data-chart=map]");
  const nearest = async () => {
    const points = await map.getByTestId("map-point").evaluateAll((els) =>
      els.map((el) => ({ label: el.getAttribute("data-label")!, role: el.getAttribute("data-role")!, x: Number(el.getAttribute("data-x")), y: Number(el.getAttribute("data-y")) })),
    );
    const student = points.find((p) => p.label === `student ${tag}`)!;
    const sources = points.filter((p) => p.role === "source").map((p) => ({ label: p.label, d: Math.hypot(p.x - student.x, p.y - student.y) }));
    return sources.sort((a, b) => a.d - b.d);
  };
  await expect(map.getByTestId("map-point")).toHaveCount(Object.keys(FAMILY_MODELS).length);
  // With nine sources a flat map may still put the student by its base (the caption then says so), but the
  // verdict's distances bring its source among the two nearest.
  const byVerdict = await nearest();
  expect(byVerdict.slice(0, 2).map((p) => p.label)).toContain(`ornate-plain ${tag}`);
  await expect(map).toContainText(/Fit: stress 0\.\d\d/);
  // The chart is named for assistive technology, with where each candidate sits.
  await expect(map.getByRole("img", { name: new RegExp(`student ${tag}: nearest source on the map .+; top-ranked ornate-plain ${tag}`) })).toBeVisible();

  await map.getByRole("button", { name: "Form" }).click();
  expect((await nearest())[0].label).toBe(`casual-bullets ${tag}`);
});
