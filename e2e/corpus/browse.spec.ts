import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../support/sign-in";

// 45 documents: three pages of 20/20/5. "zebra" is in documents 15, 30 and 45; document 2 holds markup and
// whitespace that must be shown verbatim, never interpreted.
const TOTAL = 45;
function corpusLines(): string {
  const lines: string[] = [];
  for (let i = 1; i <= TOTAL; i++) {
    let output = `Answer number ${i}.`;
    if (i % 15 === 0) output += " The zebra crossed the road.";
    if (i === 2) output += '\n\n    <b>not bold</b> & "quotes"\n<script>window.__pwned = true</script>';
    lines.push(JSON.stringify({ instruction: `Question ${i}`, output, id: `q${i}` }));
  }
  return lines.join("\n") + "\n";
}

async function createCorpus(request: APIRequestContext, name: string): Promise<string> {
  const qs = new URLSearchParams({ filename: "browse.jsonl", name, model: "browse-model" });
  const res = await request.post(`/api/corpora?${qs}`, { data: corpusLines(), headers: { "content-type": "application/x-ndjson" } });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { corpora: { id: string; documentCount: number }[] };
  expect(body.corpora).toHaveLength(1);
  expect(body.corpora[0].documentCount).toBe(TOTAL);
  return body.corpora[0].id;
}

test.describe.serial("corpus browser", () => {
  const name = `Browse test ${Date.now()}`;
  let id = "";

  test.beforeAll(async ({ request }) => {
    id = await createCorpus(request, name);
  });

  test("the home page lists and finds the corpus", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Search corpora by name or model").fill(name);
    await page.getByLabel("Search corpora by name or model").press("Enter");
    await expect(page).toHaveURL(/\?q=/);
    const rows = page.getByRole("table", { name: "Corpora" }).locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("browse-model");
    await expect(rows.first()).toContainText(String(TOTAL));
    await rows.first().getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/corpora/${id}`));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  });

  test("stats and the length histogram render", async ({ page }) => {
    await page.goto(`/corpora/${id}`);
    await expect(page.getByText("Documents", { exact: true }).first()).toBeVisible();
    // Recharts draws one path per non-empty bin inside the histogram's SVG.
    const bars = page.getByTestId("length-histogram").locator("svg .recharts-bar-rectangle path");
    await expect(bars.first()).toBeVisible();
    expect(await bars.count()).toBeGreaterThan(0);
    await expect(page.getByText(/tokens per document, \d+ bins?/)).toBeVisible();
  });

  test("paginates through every document", async ({ page }) => {
    await page.goto(`/corpora/${id}`);
    await expect(page.getByTestId("document-count")).toHaveText(`Showing 1–20 of ${TOTAL}`);
    const docs = page.getByTestId("document");
    await expect(docs).toHaveCount(20);
    await expect(docs.first()).toContainText("Question 1");
    await expect(docs.first().getByTestId("document-text")).toHaveText("Answer number 1.");

    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("document-count")).toHaveText(`Showing 21–40 of ${TOTAL}`);
    await expect(docs.first().getByTestId("document-text")).toHaveText("Answer number 21.");

    await page.getByRole("link", { name: "Page 3" }).click();
    await expect(page.getByTestId("document-count")).toHaveText(`Showing 41–45 of ${TOTAL}`);
    await expect(docs).toHaveCount(5);
    await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Page 3" })).toHaveAttribute("aria-current", "page");
  });

  test("shows text verbatim, markup included", async ({ page }) => {
    await page.goto(`/corpora/${id}`);
    const second = page.getByTestId("document").nth(1);
    const text = second.getByTestId("document-text");
    // textContent keeps the whitespace exactly as stored.
    expect(await text.textContent()).toBe(
      'Answer number 2.\n\n    <b>not bold</b> & "quotes"\n<script>window.__pwned = true</script>',
    );
    await expect(text.locator("b")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });

  test("searches responses and prompts through the URL", async ({ page }) => {
    await page.goto(`/corpora/${id}`);
    await page.getByLabel("Search documents").fill("zebra");
    await page.getByLabel("Search documents").press("Enter");
    await expect(page).toHaveURL(/q=zebra/);
    await expect(page.getByTestId("document-count")).toHaveText("Showing 1–3 of 3 matching “zebra”");
    const docs = page.getByTestId("document");
    await expect(docs).toHaveCount(3);
    await expect(docs.nth(0).getByTestId("document-text")).toContainText("Answer number 15.");
    await expect(docs.nth(2).getByTestId("document-text")).toContainText("Answer number 45.");
    await expect(page.locator("mark", { hasText: "zebra" })).toHaveCount(3);

    // Prompts are searched too, and the search survives a reload.
    await page.goto(`/corpora/${id}?q=${encodeURIComponent("Question 7")}`);
    await expect(page.getByTestId("document-count")).toHaveText("Showing 1–1 of 1 matching “Question 7”");
    await expect(page.getByLabel("Search documents")).toHaveValue("Question 7");

    await page.goto(`/corpora/${id}?q=no-such-text-anywhere`);
    await expect(page.getByRole("heading", { name: "No matching documents" })).toBeVisible();
  });

  test("deletes the corpus after confirmation", async ({ page }) => {
    await page.goto(`/corpora/${id}`);
    await page.getByRole("button", { name: "Delete corpus" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(name);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole("button", { name: "Delete corpus" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto(`/?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("heading", { name: "No matching corpora" })).toBeVisible();
    const gone = await page.goto(`/corpora/${id}`);
    expect(gone?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Corpus not found" })).toBeVisible();
  });
});
