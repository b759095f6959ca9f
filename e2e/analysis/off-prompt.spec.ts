import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../support/sign-in";
import { openShareLink, runAnalysis, uploadFixture } from "./analysis-helpers";

// A candidate whose prompts the sources never answered is compared with their answers to other questions:
// the verdict says so, and in the workspace (not in a share link) offers to collect the sources on its prompts.
test("a candidate on other prompts than the sources gets a warning and a way to collect theirs", async ({ browser, baseURL, request, page }) => {
  test.setTimeout(120_000);
  const tag = `off-prompt-${Date.now()}`;
  const elsewhere = readFileSync(path.join(process.cwd(), "e2e", "fixtures", "candidate-gamma.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { prompt_id: string; prompt: string })
    .map((r) => JSON.stringify({ ...r, prompt_id: `other-${r.prompt_id}`, prompt: `${r.prompt} (asked elsewhere)` }))
    .join("\n");
  const qs = new URLSearchParams({ filename: "gamma-elsewhere.jsonl", name: `gamma elsewhere ${tag}`, model: "candidate-gamma" });
  const uploaded = await request.post(`/api/corpora?${qs}`, { data: Buffer.from(`${elsewhere}\n`), headers: { "content-type": "application/x-ndjson" } });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const gamma = ((await uploaded.json()) as { corpora: { id: string; name: string }[] }).corpora[0];
  const corpora = { alpha: await uploadFixture(request, "source-alpha.jsonl", `alpha ${tag}`), beta: await uploadFixture(request, "source-beta.jsonl", `beta ${tag}`), gamma };
  const id = await runAnalysis(request, corpora, `Off prompt ${tag}`);

  await page.goto(`/analyses/${id}`);
  const warning = page.getByTestId("verdict").getByTestId("off-prompt-warning");
  await expect(warning).toContainText("None of its 40 sampled documents answers a prompt the sources answered");
  await expect(warning.getByRole("link", { name: "Collect the sources on its prompts" })).toHaveAttribute("href", `/collect?corpus=${gamma.id}`);

  const { context, page: shared } = await openShareLink(request, browser, baseURL, id, tag);
  const sharedWarning = shared.getByTestId("off-prompt-warning");
  await expect(sharedWarning).toContainText("None of its 40 sampled documents");
  await expect(sharedWarning.getByRole("link")).toHaveCount(0);
  await context.close();
});
