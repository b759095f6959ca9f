import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { uploadFixture } from "../analysis/analysis-helpers";
import { expect, test } from "../support/sign-in";

// HTML and JavaScript in corpus names and documents must render as text everywhere: corpus page, analysis
// results and evidence, the share view, and the exports. Any dialog would mean a payload ran.

const NAME = "<img src=x onerror=alert(1)>";
const DOC_SCRIPT = '<script>alert("doc")</script>';
const DOC_IMG = '<img src=x onerror="alert(2)">';

function payloadCandidate(): Buffer {
  const lines = readFileSync(path.join(process.cwd(), "e2e", "fixtures", "candidate-gamma.jsonl"), "utf8").split("\n").filter(Boolean);
  const out = lines.map((line, i) => {
    const record = JSON.parse(line) as { response: string };
    record.response = i % 2 === 0 ? `${DOC_SCRIPT} ${record.response} ${DOC_IMG}` : record.response;
    return JSON.stringify(record);
  });
  return Buffer.from(out.join("\n") + "\n");
}

async function expectInert(page: Page, dialogs: string[]) {
  expect(dialogs, "a payload opened a dialog").toEqual([]);
  expect(await page.locator("img[onerror]").count()).toBe(0);
  expect(await page.locator("script:not([src])", { hasText: "alert(" }).count()).toBe(0);
}

test("payloads in corpus names and documents render inert on every page and in exports", async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });

  const alpha = await uploadFixture(request, "source-alpha.jsonl", "alpha xss");
  const beta = await uploadFixture(request, "source-beta.jsonl", "beta xss");
  const qs = new URLSearchParams({ filename: "payload.jsonl", name: NAME, model: NAME });
  const res = await request.post(`/api/corpora?${qs}`, { data: payloadCandidate(), headers: { "content-type": "application/x-ndjson" } });
  expect(res.status(), await res.text()).toBe(201);
  const candidate = ((await res.json()) as { corpora: { id: string }[] }).corpora[0];

  await page.goto(`/corpora/${candidate.id}`);
  await expect(page.getByRole("heading", { name: NAME })).toBeVisible();
  await expect(page.getByText(DOC_SCRIPT).first()).toBeVisible();
  await expectInert(page, dialogs);

  await page.goto(`/corpora/${candidate.id}?q=${encodeURIComponent("<script>")}`);
  await expect(page.getByText(DOC_SCRIPT).first()).toBeVisible();
  await expectInert(page, dialogs);

  await page.goto("/");
  await expect(page.getByText(NAME).first()).toBeVisible();
  await expectInert(page, dialogs);

  const started = await request.post("/api/analyses", { data: { name: `xss ${NAME}`, sourceIds: [alpha.id, beta.id], candidateIds: [candidate.id], options: { bootstrap: 10 } } });
  expect(started.status(), await started.text()).toBe(202);
  const { id } = (await started.json()) as { id: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/analyses/${id}`)).json()) as { analysis: { status: string } }).analysis.status, { timeout: 60_000 })
    .toBe("done");

  await page.goto(`/analyses/${id}`);
  await expect(page.getByText(NAME).first()).toBeVisible();
  await page.locator("#evidence").scrollIntoViewIfNeeded();
  await expect(page.locator("#evidence")).toBeVisible();
  await expectInert(page, dialogs);

  await page.goto("/analyses");
  await expect(page.getByText(`xss ${NAME}`).first()).toBeVisible();
  await expectInert(page, dialogs);

  const link = await request.post(`/api/analyses/${id}/share-links`, { data: { label: NAME } });
  expect(link.status()).toBe(201);
  const { token } = (await link.json()) as { token: string };
  await page.goto(`/s/${token}`);
  await expect(page.getByText(NAME).first()).toBeVisible();
  await expectInert(page, dialogs);

  // Exports are downloads with a non-HTML type; the payload is kept as plain text inside them.
  const json = await request.get(`/api/analyses/${id}/export?format=json`);
  expect(json.headers()["content-type"]).toContain("application/json");
  expect(json.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(((await json.json()) as { result: { candidates: { name: string }[] } }).result.candidates[0].name).toBe(NAME);
  for (const table of ["ranking", "evidence"]) {
    const csv = await request.get(`/api/analyses/${id}/export?format=csv&table=${table}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(await csv.text()).toContain("onerror");
  }
});
