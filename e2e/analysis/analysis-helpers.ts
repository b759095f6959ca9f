// Shared by the analysis and share specs: upload the fixture corpora and run an analysis through the API.
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { NO_SESSION } from "../support/sign-in";

const FIXTURES = path.join(process.cwd(), "e2e", "fixtures");

export type FixtureCorpora = { alpha: { id: string; name: string }; beta: { id: string; name: string }; gamma: { id: string; name: string } };

export async function uploadFixture(request: APIRequestContext, file: string, name: string): Promise<{ id: string; name: string }> {
  const qs = new URLSearchParams({ filename: file, name, model: file.replace(/\.jsonl$/, "") });
  const res = await request.post(`/api/corpora?${qs}`, {
    data: readFileSync(path.join(FIXTURES, file)),
    headers: { "content-type": "application/x-ndjson" },
  });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { corpora: { id: string; name: string }[] };
  return { id: body.corpora[0].id, name: body.corpora[0].name };
}

export async function uploadFixtures(request: APIRequestContext, tag: string): Promise<FixtureCorpora> {
  return {
    alpha: await uploadFixture(request, "source-alpha.jsonl", `alpha ${tag}`),
    beta: await uploadFixture(request, "source-beta.jsonl", `beta ${tag}`),
    gamma: await uploadFixture(request, "candidate-gamma.jsonl", `gamma ${tag}`),
  };
}

export async function runAnalysis(request: APIRequestContext, corpora: FixtureCorpora, name: string): Promise<string> {
  const res = await request.post("/api/analyses", {
    data: { name, sourceIds: [corpora.alpha.id, corpora.beta.id], candidateIds: [corpora.gamma.id], options: { bootstrap: 20 } },
  });
  expect(res.status(), await res.text()).toBe(202);
  const { id } = (await res.json()) as { id: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/analyses/${id}`)).json()) as { analysis: { status: string } }).analysis.status, { timeout: 60_000 })
    .toBe("done");
  return id;
}

/** Focuses the first evidence term of the verdict's pair (or the other source's, if that pair has none). */
export async function focusFirstTerm(page: Page): Promise<string> {
  const evidence = page.locator("#evidence");
  await evidence.getByLabel("Source").selectOption({ index: 0 });
  let terms = evidence.getByTestId("evidence-table").locator("tbody button");
  if ((await terms.count()) === 0) {
    await evidence.getByLabel("Source").selectOption({ index: 1 });
    terms = evidence.getByTestId("evidence-table").locator("tbody button");
  }
  const term = (await terms.first().textContent())!.trim();
  await terms.first().click();
  return term;
}

/** Makes a share link for the analysis and opens it in a new context with no session, as a reader without an account. */
export async function openShareLink(request: APIRequestContext, browser: Browser, baseURL: string | undefined, analysisId: string, label: string) {
  const created = await request.post(`/api/analyses/${analysisId}/share-links`, { data: { label } });
  expect(created.status(), await created.text()).toBe(201);
  const { token } = (await created.json()) as { token: string };
  const context = await browser.newContext({ baseURL, storageState: NO_SESSION });
  const page = await context.newPage();
  await page.goto(`/s/${token}`);
  return { token, context, page };
}
