import { expect, test } from "../support/sign-in";
import { createAndWait, uploadAndPreview, waitForCheck } from "./upload-helpers";

// Issue 12, item 4: the whole file is checked before "Create" is offered, so a bad line far past the
// preview (line 58 of 80) is refused before anything is stored; a truncated file keeps "Create" disabled;
// after ingest, one button opens a new analysis with the new corpora.

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** 80 AlpacaEval-style records with line 58 cut in half. */
function badLine58(model: string) {
  const lines = Array.from({ length: 80 }, (_, i) =>
    JSON.stringify({ instruction: `Question ${i + 1}: how do I do thing ${i + 1}?`, output: `Here is answer ${i + 1}, step by step.`, generator: model }),
  );
  lines[57] = lines[57].slice(0, 40);
  return { name: "answers-58.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines.join("\n") + "\n") };
}

test("the full-file check refuses bad line 58 before anything is stored", async ({ page, request }) => {
  const model = `m58-${stamp()}`;
  await uploadAndPreview(page, [badLine58(model)]);
  const ingest = new URL(page.url()).searchParams.get("ingest");
  const panel = await waitForCheck(page);

  const rows = panel.getByRole("table", { name: "Bad records in answers-58.jsonl" }).getByTestId("bad-record");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("td").first()).toHaveText("58");
  await expect(panel.getByTestId("upload-check-summary")).toContainText("1 bad record out of 80");
  await expect(page.getByTestId("file-preview").locator("summary")).toContainText("79 records · 1 bad");

  const create = page.getByRole("button", { name: "Create corpus" });
  await expect(create).toBeDisabled();
  await expect(page.getByTestId("create-blocked")).toContainText("1 bad record found");
  // Nothing was stored: the upload is still waiting for its commit, and no corpus has the model.
  const info = (await (await request.get(`/api/ingests/${ingest}`)).json()) as { ingest: { status: string } };
  expect(info.ingest.status).toBe("uploaded");
  const corpora = (await (await request.get("/api/corpora")).json()) as { corpora: { model: string }[] };
  expect(corpora.corpora.filter((c) => c.model === model)).toEqual([]);

  await panel.getByLabel("Skip bad records").check();
  await expect(create).toBeEnabled();
  const [corpus] = await createAndWait(page);
  await expect(page.getByRole("table", { name: "Skipped records" }).locator("tbody tr")).toHaveCount(1);
  await expect(page.getByRole("table", { name: "Skipped records" })).toContainText("58");
  await page.goto(corpus.href);
  await expect(page.getByTestId("document-count")).toHaveText("Showing 1–20 of 79");
});

test("a truncated file keeps Create disabled, and skipping cannot help", async ({ page }) => {
  const cut = { name: "cut.json", mimeType: "application/json", buffer: Buffer.from('[{"output": "one"}, {"output": "two"}, {"output": "thr') };
  await uploadAndPreview(page, [cut]);
  const panel = await waitForCheck(page);
  await expect(panel.getByRole("alert").filter({ hasText: "cut.json cannot be imported" })).toContainText(/cut short|ends in the middle/i);
  await expect(panel.getByLabel("Skip bad records")).toHaveCount(0);
  await expect(page.getByTestId("file-preview").locator("summary")).toContainText("cannot be imported");
  await expect(page.getByRole("button", { name: "Create corpus" })).toBeDisabled();
  await expect(page.getByTestId("create-blocked")).toContainText("cut.json cannot be imported");
});

test("after ingest, “New analysis with these corpora” opens the form with them ticked", async ({ page }) => {
  const prefix = `Pre ${stamp()}`;
  await uploadAndPreview(page, ["source-alpha.jsonl", "source-beta.jsonl", "candidate-gamma.jsonl"]);
  await waitForCheck(page);
  await page.getByLabel("Name", { exact: true }).fill(prefix);
  const created = await createAndWait(page, "Create 3 corpora");
  const gamma = created.find((c) => c.name.includes("gamma"))!;
  await page.getByLabel(gamma.name).selectOption("candidate");
  await page.getByRole("link", { name: "New analysis with these corpora" }).click();

  await expect(page).toHaveURL(/\/analyses\/new\?/);
  const sources = page.getByRole("group", { name: /Sources/ });
  const candidates = page.getByRole("group", { name: /Candidates/ });
  await expect(sources.locator("legend")).toContainText("2 selected");
  await expect(candidates.locator("legend")).toContainText("1 selected");
  for (const c of created.filter((c) => c !== gamma)) await expect(sources.getByRole("checkbox", { name: c.name })).toBeChecked();
  await expect(candidates.getByRole("checkbox", { name: gamma.name })).toBeChecked();
});
