import type { Page } from "@playwright/test";
import { expect, test } from "../support/sign-in";
import { readFileSync } from "node:fs";
import { focusFirstTerm, uploadFixtures, type FixtureCorpora } from "./analysis-helpers";

// Issue 4, steps 1-5: upload two sources and a candidate, run an analysis from the browser, read the
// verdict, check that every chart drew SVG marks, open the evidence, export CSV, SVG and PNG.
test.describe.serial("analysis workflow and results", () => {
  const tag = `e2e-${Date.now()}`;
  const analysisName = `Analysis ${tag}`;
  let corpora: FixtureCorpora;
  let analysisUrl = "";

  test.beforeAll(async ({ request }) => {
    corpora = await uploadFixtures(request, tag);
  });

  test("runs an analysis from the new-analysis page", async ({ page }) => {
    await page.goto("/analyses/new");
    await page.getByLabel("Name (optional)").fill(analysisName);
    await pick(page, "Sources", corpora.alpha.name);
    await pick(page, "Sources", corpora.beta.name);
    // A corpus picked as a source cannot also be a candidate.
    const candidates = page.getByRole("group", { name: /^Candidates/ });
    await candidates.getByRole("searchbox").fill(corpora.alpha.name);
    await expect(candidates.getByRole("checkbox", { name: new RegExp(corpora.alpha.name) })).toBeDisabled();
    await pick(page, "Candidates", corpora.gamma.name);
    await expect(page.getByLabel("Most frequent words (MFW)")).toHaveValue(/\d+/);
    await page.getByLabel("Bootstrap replicates").fill("20");
    await page.getByRole("button", { name: "Run analysis" }).click();
    await expect(page).toHaveURL(/\/analyses\/ana_[\w-]+$/);
    analysisUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 60_000 });
  });

  test("shows the verdict in plain words with the caution", async ({ page }) => {
    await page.goto(analysisUrl);
    const verdict = page.getByTestId("verdict");
    await expect(verdict).toHaveCount(1);
    await expect(verdict).toContainText(corpora.gamma.name);
    await expect(verdict).toContainText(/inherits its distinctive vocabulary from .+, with (high|good|moderate) confidence\.|Inconclusive/);
    // The numbers sit in a details line that says what each measures.
    await expect(verdict.getByTestId("verdict-details")).toContainText(/confidence \d+%.*calibration trials/);
    await expect(page.getByText("Resemblance is evidence, not proof")).toBeVisible();
  });

  test("every chart renders SVG marks", async ({ page }) => {
    await page.goto(analysisUrl);
    // Ranked similarity: one bar and one whisker per source, and the score table beside it.
    await expect(page.locator("[data-chart=ranking] .recharts-bar-rectangle path")).toHaveCount(2);
    await expect(page.locator("[data-chart=ranking] .recharts-errorBar")).toHaveCount(2);
    const table = page.getByTestId("score-table");
    await expect(table.locator("tbody tr")).toHaveCount(2);
    await expect(table.locator("tbody tr").first().locator("td").first()).toHaveText(/^1(–2)?$/);
    await table.getByRole("button", { name: "Source" }).click();
    await expect(table.getByRole("columnheader", { name: /Source/ })).toHaveAttribute("aria-sort", "ascending");
    // Heatmap: one cell per candidate × source, labelled with the score.
    await expect(page.locator("[data-chart=heatmap] svg rect title")).toHaveCount(2);
    // Shares: classifier and prompt-aligned rows, stacked per source.
    expect(await page.locator("[data-chart=shares] .recharts-bar-rectangle path").count()).toBeGreaterThan(0);
    // Separability: the accuracy bullet and a 2 × 2 confusion table.
    await expect(page.locator("[data-chart=separability] [data-testid=accuracy-chart] rect")).toHaveCount(2);
    await expect(page.locator("[data-chart=separability] tbody td")).toHaveCount(4);
    // Tree: 3 leaves, so 4 edges in a rooted binary tree; the labels are the corpus names.
    await expect(page.locator("[data-chart=tree] svg path")).toHaveCount(4);
    await expect(page.locator("[data-chart=tree] svg")).toContainText(corpora.gamma.name);
    await page.getByRole("button", { name: "NJ" }).click();
    expect(await page.locator("[data-chart=tree] svg path").count()).toBeGreaterThanOrEqual(3);
    // Map: one symbol per corpus, from the verdict's distances and from form; its fit is printed.
    const map = page.locator("[data-chart=map]");
    await expect(map.getByTestId("map-point")).toHaveCount(3);
    await expect(map).toContainText(/stress 0\.\d\d/);
    await map.getByRole("button", { name: "Form" }).click();
    await expect(map.getByTestId("map-point")).toHaveCount(3);
    // Every chart region has a name: no unnamed role="application".
    for (const app of await page.locator('[role="application"]').all()) {
      expect(await app.evaluate((el) => el.querySelector("title")?.textContent ?? el.getAttribute("aria-label") ?? "")).not.toBe("");
    }
  });

  test("heatmap cells are reachable by keyboard and name their pair and score", async ({ page }) => {
    await page.goto(analysisUrl);
    const grid = page.getByRole("grid", { name: "Combined similarity, candidates by sources" });
    await expect(grid.getByRole("gridcell")).toHaveCount(2);
    // The grid is one tab stop, right after the chart's export buttons.
    await page.getByRole("button", { name: "Download Candidate × source as PNG" }).focus();
    await page.keyboard.press("Tab");
    const first = grid.getByRole("gridcell").first();
    await expect(first).toBeFocused();
    await expect(first).toHaveAccessibleName(new RegExp(`^${corpora.gamma.name} vs ${corpora.alpha.name}: \\d\\.\\d{3}`));
    await expect(first.locator("[data-focus-ring]")).toHaveCSS("opacity", "1");
    await page.keyboard.press("ArrowRight");
    const second = grid.getByRole("gridcell").nth(1);
    await expect(second).toBeFocused();
    await expect(second).toHaveAccessibleName(new RegExp(`^${corpora.gamma.name} vs ${corpora.beta.name}: \\d\\.\\d{3}`));
    // Roving tabindex: leaving and re-entering the grid lands on the last focused cell.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(second).toBeFocused();
  });

  test("switches the ranking between metrics", async ({ page }) => {
    await page.goto(analysisUrl);
    const metric = page.locator("[data-chart=ranking]").getByLabel("Metric");
    const options = await metric.locator("option").allTextContents();
    expect(options[0]).toBe("Combined");
    expect(options.length).toBeGreaterThan(2);
    await metric.selectOption({ label: "Cosine Delta" });
    await expect(page.locator("[data-chart=ranking]")).toContainText("Cosine Delta:");
    await expect(page.locator("[data-chart=ranking] .recharts-bar-rectangle path")).toHaveCount(2);
  });

  test("evidence: a term click pages through every use in both corpora, sortable, match highlighted", async ({ page }) => {
    await page.goto(analysisUrl);
    const evidence = page.locator("#evidence");
    const term = await focusFirstTerm(page);
    await expect.poll(() => new URL(page.url()).searchParams.get("term")).toBe(term);
    const kwic = evidence.getByTestId("kwic");
    await expect(kwic.getByRole("heading", { name: `“${term}” in context` })).toBeVisible();
    const candidate = kwic.getByTestId("concordance-candidate");
    await expect(candidate.getByTestId("kwic-snippet").first()).toBeVisible();
    await expect(candidate.locator("mark").first()).toHaveText(new RegExp(term.split(" ")[0], "i"));
    await expect(candidate).toContainText(/\d+ uses? in \d+ of \d+ documents/);
    await expect(candidate.getByRole("img", { name: new RegExp(`Per-document uses of “${term}”`) })).toBeVisible();
    // Sorting by right context orders the lines by the word after the match.
    await candidate.getByLabel("Sort").selectOption("right");
    await expect(candidate.getByTestId("kwic-snippet").first()).toBeVisible();
    // The term stays focused across a reload (URL state).
    await page.reload();
    await expect(page.getByTestId("focused-term")).toContainText(term);
  });

  test("a snippet opens its document in the corpus browser with the term highlighted", async ({ page }) => {
    await page.goto(analysisUrl);
    const term = await focusFirstTerm(page);
    const link = page.getByTestId("concordance-candidate").getByTestId("kwic-document-link").first();
    const label = (await link.textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(/\/corpora\/[^/?]+\?doc=\d+&highlight=/);
    const doc = page.locator('[data-testid=document][aria-current="true"]');
    await expect(doc).toBeVisible();
    await expect(doc).toContainText(label);
    await expect(doc.locator("mark[data-term]").first()).toHaveText(new RegExp(`^${term.split(" ")[0]}`, "i"));
    await expect(doc).toBeInViewport();
    // The corpus page leads back to the analysis, the term still focused.
    await page.getByTestId("back-to-analysis").click();
    await expect(page.getByTestId("focused-term")).toContainText(term);
  });

  test("exports CSV from the API and charts as SVG and PNG", async ({ page }) => {
    await page.goto(analysisUrl);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "ranking CSV" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await csv.path())!, "utf8");
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe("candidate,rank,source,score,low,high,verdict,confidence");
    expect(lines).toHaveLength(3);
    expect(text).toContain(corpora.gamma.name);

    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Ranked similarity as SVG" }).click()]);
    expect(svg.suggestedFilename()).toMatch(/ranking\.svg$/);
    const svgText = readFileSync((await svg.path())!, "utf8");
    expect(svgText).toContain("<svg");
    expect(svgText).toContain(corpora.alpha.name);
    // The figure carries its title and the parameters, and is light even when the page is dark.
    expect(svgText).toContain(">Ranked similarity</text>");
    expect(svgText).toMatch(/\d+ MFW · culled @ \d+%/);
    await page.evaluate(() => document.documentElement.classList.add("dark"));
    const [dark] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Map of corpora as SVG" }).click()]);
    const darkText = readFileSync((await dark.path())!, "utf8");
    expect(darkText).toMatch(/<rect width="100%" height="100%" fill="(#ffffff|rgb\(255, 255, 255\))"/);
    expect(darkText.replace(/<[^>]+>/g, " ")).toMatch(/Kruskal\s+stress-1/);
    await page.evaluate(() => document.documentElement.classList.remove("dark"));

    const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Lineage tree as PNG" }).click()]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(1000);
  });

  test("lists the analysis on /analyses", async ({ page }) => {
    await page.goto("/analyses");
    const row = page.getByTestId("analyses-table").locator("tbody tr", { hasText: analysisName });
    // A finished analysis shows its verdict in place of a status (issue 12, item 6).
    await expect(row.getByTestId("analysis-verdict")).toHaveText(/resembles|inconclusive/);
    await expect(row).toContainText(corpora.alpha.name);
    await expect(row).toContainText(corpora.gamma.name);
    await row.getByRole("link", { name: analysisName }).click();
    await expect(page).toHaveURL(new RegExp(`${analysisUrl}$`));
  });
});

async function pick(page: Page, legend: "Sources" | "Candidates", name: string) {
  const group = page.getByRole("group", { name: new RegExp(`^${legend}`) });
  await group.getByRole("searchbox").fill(name);
  await group.getByRole("checkbox", { name: new RegExp(name) }).check();
}
