import { readFileSync } from "node:fs";
import { expect, test } from "../support/sign-in";
import { createAndWait, fixture, openPreview, readJsonl, uploadAndPreview, waitForCheck } from "./upload-helpers";

// Every upload gets a unique name so runs against a shared database never collide.
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test("uploads JSON Lines, survives a reload, and shows the corpus with its documents", async ({ page }) => {
  const records = readJsonl("source-alpha.jsonl");
  const name = `Alpha ${stamp()}`;
  await uploadAndPreview(page, ["source-alpha.jsonl"]);

  // Collapsed to one line until opened: format, records, and the whole-file check's verdict.
  const preview = page.getByTestId("file-preview");
  await expect(preview).toBeVisible();
  await expect(preview).toContainText("JSON Lines");
  await expect(page.getByTestId("preview-record").first()).toBeHidden();
  await waitForCheck(page);
  await expect(preview.locator("summary")).toContainText(`${records.length} records · all valid`);
  await openPreview(page);
  const columns = page.getByRole("table", { name: "Columns of source-alpha.jsonl" });
  await expect(columns.getByRole("row", { name: /Response/ })).toContainText("100%");
  await expect(columns.getByRole("row", { name: /Prompt/ }).first()).toContainText(String(new Set(records.map((r) => r.prompt)).size));
  await expect(page.getByTestId("file-mapping")).toContainText("response ← response");
  await expect(page.getByTestId("file-mapping")).toContainText("prompt ← prompt");
  await expect(page.getByTestId("preview-record")).toHaveCount(5);
  await expect(page.getByTestId("preview-record").first()).toContainText(String(records[0].prompt));

  // The ingest id is in the URL: a reload comes back to the same preview.
  await page.reload();
  await expect(page.getByTestId("preview-record").first()).toContainText(String(records[0].prompt));
  await waitForCheck(page);

  await page.getByLabel("Name", { exact: true }).fill(name);
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue(String(records[0].model));
  const created = await createAndWait(page);
  expect(created).toHaveLength(1);
  expect(created[0].name).toBe(name);

  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("document-count")).toHaveText(`Showing 1–20 of ${records.length}`);
  const first = page.getByTestId("document").first();
  await expect(first.getByRole("region", { name: "Prompt" })).toContainText(String(records[0].prompt));
  // Stored and shown verbatim, newlines included.
  expect(await first.getByTestId("document-text").textContent()).toBe(records[0].response);
  await expect(page.getByTestId("length-histogram").locator("svg .recharts-bar-rectangle path").first()).toBeVisible();
});

test("uploads a CSV with the suggested column mapping", async ({ page }) => {
  const csv = readFileSync(fixture("responses.csv"), "utf8").trim().split(/\r?\n/);
  const rows = csv.length - 1;
  const name = `CSV ${stamp()}`;
  await uploadAndPreview(page, ["responses.csv"]);
  await expect(page.getByTestId("file-preview")).toContainText("CSV");
  // The suggested mapping is preselected.
  await expect(page.getByLabel("Response field")).toHaveValue("answer");
  await expect(page.getByLabel("Prompt field")).toHaveValue("question");
  await expect(page.getByLabel("Prompt id field")).toHaveValue("question_id");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await waitForCheck(page);
  const [corpus] = await createAndWait(page);
  await page.goto(corpus.href);
  await expect(page.getByTestId("document-count")).toHaveText(`Showing 1–20 of ${rows}`);
  await expect(page.getByTestId("document").first()).toContainText("How do I keep basil alive indoors?");
  await expect(page.getByTestId("document").first().getByTestId("document-text")).toContainText("For indoor basil, it helps");
});

test("uploads ShareGPT conversations: one document per assistant turn", async ({ page }) => {
  const conversations = JSON.parse(readFileSync(fixture("sharegpt.json"), "utf8")) as { conversations: { from: string; value: string }[] }[];
  const turns = conversations.flatMap((c) => c.conversations).filter((t) => t.from === "gpt");
  const name = `ShareGPT ${stamp()}`;
  await uploadAndPreview(page, ["sharegpt.json"]);
  await expect(page.getByTestId("file-preview")).toContainText("ShareGPT conversations");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Model", { exact: true }).fill("sharegpt-model");
  const [corpus] = await createAndWait(page);
  await page.goto(corpus.href);
  await expect(page.getByText("sharegpt-model").first()).toBeVisible();
  await expect(page.getByTestId("document-count")).toHaveText(`Showing 1–20 of ${turns.length}`);
  expect(await page.getByTestId("document").first().getByTestId("document-text").textContent()).toBe(turns[0].value);
});

test("uploads several files at once and splits by model", async ({ page }) => {
  const records = readJsonl("multi-model.jsonl");
  const counts = new Map<string, number>();
  for (const r of records) counts.set(String(r.generator), (counts.get(String(r.generator)) ?? 0) + 1);
  const beta = readJsonl("source-beta.jsonl");
  await uploadAndPreview(page, ["multi-model.jsonl", "source-beta.jsonl"]);
  await expect(page.getByTestId("file-preview")).toHaveCount(2);
  await waitForCheck(page);
  const multi = page.getByTestId("file-preview").filter({ hasText: "multi-model.jsonl" });
  await multi.locator("summary").click();
  const models = page.getByRole("table", { name: /Records per model in multi-model.jsonl/ });
  for (const [model, n] of counts) await expect(models.getByRole("row", { name: new RegExp(model) })).toContainText(String(n));

  const prefix = `Split ${stamp()}`;
  await page.getByLabel("Name", { exact: true }).fill(prefix);
  const split = page.getByLabel(/Split by model/);
  await expect(split).toBeChecked();
  const created = await createAndWait(page, `Create ${counts.size + 1} corpora`);
  expect(created.map((c) => c.name).sort()).toEqual(
    [...counts.keys(), String(beta[0].model)].map((m) => `${prefix} · ${m}`).sort(),
  );
  for (const [model, n] of counts) {
    await expect(page.getByTestId("created-corpora")).toContainText(`${prefix} · ${model} (${model}, ${n} documents)`);
  }
});

test("the check lists every bad line before commit, and Create waits for “skip bad records”", async ({ page }) => {
  const lines = readFileSync(fixture("malformed.jsonl"), "utf8").split("\n");
  const bad: number[] = [];
  let good = 0;
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    try {
      JSON.parse(l);
      good++;
    } catch {
      bad.push(i + 1);
    }
  });
  expect(bad.length).toBeGreaterThan(0);
  const name = `Malformed ${stamp()}`;

  await uploadAndPreview(page, ["malformed.jsonl"]);
  const panel = await waitForCheck(page);
  const rows = panel.getByRole("table", { name: "Bad records in malformed.jsonl" }).getByTestId("bad-record");
  await expect(rows).toHaveCount(bad.length);
  expect((await rows.locator("td:first-child").allTextContents()).map(Number)).toEqual(bad);
  await expect(rows.first()).toContainText(/JSON/);

  await page.getByLabel("Name", { exact: true }).fill(name);
  const create = page.getByRole("button", { name: "Create corpus" });
  await expect(create).toBeDisabled();
  await expect(page.getByTestId("create-blocked")).toContainText(`${bad.length} bad records`);

  await panel.getByLabel("Skip bad records").check();
  await expect(create).toBeEnabled();
  const [corpus] = await createAndWait(page);
  await expect(page.getByRole("table", { name: "Skipped records" }).locator("tbody tr")).toHaveCount(bad.length);
  await page.goto(corpus.href);
  await expect(page.getByTestId("document-count")).toHaveText(`Showing 1–20 of ${good}`);
});

for (const [file, words] of [
  ["empty.jsonl", /empty/i],
  ["binary.bin", /binary/i],
] as const) {
  test(`rejects ${file} with a clear message`, async ({ page }) => {
    await uploadAndPreview(page, [file]);
    const alert = page.getByRole("alert").filter({ hasText: "This upload cannot be read" });
    await expect(alert.getByTestId("upload-error-message")).toHaveText(words);
    await expect(alert).toContainText(file);
    await expect(page.getByRole("button", { name: "Create corpus" })).toHaveCount(0);
  });
}
