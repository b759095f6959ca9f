import type { Page } from "@playwright/test";
import { startFakeModelServer, type FakeModelServer } from "../../test/support/fake-model-server";
import { IDENTITY_PROBES } from "../../lib/collect/prompt-sets/identity-probes";
import { uploadFixture } from "../analysis/analysis-helpers";
import { expect, pageFor, signUpViaApi, test } from "../support/sign-in";

// Issue 11 in the browser: add a connection to a loopback OpenAI-compatible server, test it, collect the
// built-in identity probes, watch the progress (through a reload), and analyse the collected corpus.
const KEY = "sk-e2e-browser-secret-0123456789";
let server: FakeModelServer;

test.describe.serial("collect from a model API", () => {
  const tag = `e2e-${Date.now()}`;
  let collectionUrl = "";
  let corpusId = "";

  test.beforeAll(async () => {
    server = await startFakeModelServer({
      apiKey: KEY,
      // ~0.5 s per answer: slow enough to watch the progress move, fast enough for a test.
      chunkChars: 8,
      chunkDelayMs: 25,
      answer: (prompt) =>
        /who|what model|name|company|introduce|yourself|lab|你|qui|wer|quién|quem|chi|кто|あなた|당신|من|किसने|seni|bạn/i.test(prompt)
          ? { text: "I'm Zorblax, an AI assistant developed by Quillion Labs. Happy to help!" }
          : { text: `Certainly! Here is a thorough answer to: ${prompt}` },
      fault: ({ attempt, n }) => (attempt === 0 && n % 9 === 4 ? { kind: "500" } : null),
    });
  });
  test.afterAll(async () => server?.close());

  test("an owner adds a connection and tests it; the key never reaches the page", async ({ page }) => {
    const seen = watchResponses(page);
    await page.goto("/connections");
    await page.getByLabel("Name", { exact: true }).fill(`Loopback ${tag}`);
    await page.getByLabel("Base URL").fill(`${server.url}/v1`);
    await page.getByLabel("Model id").fill("fake-model");
    await page.getByLabel("API key").fill(KEY);
    await page.getByLabel("Concurrency").fill("4");
    await page.getByRole("button", { name: "Add connection" }).click();
    const item = page.getByTestId("connection").filter({ hasText: `Loopback ${tag}` });
    await expect(item.getByTestId("key-mask")).toHaveText(`••••••••${KEY.slice(-4)}`);
    await item.getByRole("button", { name: "Test connection" }).click();
    await expect(item.getByTestId("test-result")).toContainText("test passed", { timeout: 30_000 });
    await expect(item.getByTestId("test-result")).toContainText("fake-model answered");
    expect(await page.content()).not.toContain(KEY);
    expect(seen.some((body) => body.includes(KEY.slice(0, 12)))).toBe(false);
  });

  test("collects the identity probes into a corpus, with progress that survives a reload", async ({ page }) => {
    await page.goto("/collect");
    await page.getByRole("checkbox", { name: `Loopback ${tag}` }).check();
    await page.getByLabel("Built-in prompt set").selectOption("identity-v1");
    await page.getByLabel("Corpus name").fill(`Probed ${tag}`);
    await page.getByRole("button", { name: "Start collecting" }).click();
    await expect(page).toHaveURL(/\/collect\/col_[\w-]+$/);
    collectionUrl = new URL(page.url()).pathname;
    const progress = page.getByTestId("collection-progress");
    await expect(progress).toHaveAttribute("data-status", "running", { timeout: 30_000 });
    await expect.poll(async () => Number(await page.getByTestId("count-done").textContent()), { timeout: 30_000 }).toBeGreaterThan(3);
    const before = Number(await page.getByTestId("count-done").textContent());
    await page.reload();
    await expect.poll(async () => Number(await page.getByTestId("count-done").textContent())).toBeGreaterThanOrEqual(before);
    await expect(page.getByTestId("eta")).not.toHaveText("");
    await expect(progress).toHaveAttribute("data-status", "done", { timeout: 90_000 });
    await expect(page.getByTestId("count-failed")).toHaveText("0");
    await page.getByRole("link", { name: "Open the corpus" }).click();
    await expect(page).toHaveURL(/\/corpora\/cor_[\w-]+$/);
    corpusId = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.getByRole("heading", { name: "Provenance" })).toBeVisible();
    await expect(page.getByText(`Identity probes v1 (${IDENTITY_PROBES.length})`)).toBeVisible();
  });

  test("analyses the collected corpus: the results page shows who it says it is", async ({ page, request }) => {
    const alpha = await uploadFixture(request, "source-alpha.jsonl", `alpha ${tag}`);
    const beta = await uploadFixture(request, "source-beta.jsonl", `beta ${tag}`);
    await page.goto("/analyses/new");
    await pick(page, "Sources", alpha.name);
    await pick(page, "Sources", beta.name);
    await pick(page, "Candidates", `Probed ${tag}`);
    await page.getByLabel("Bootstrap replicates").fill("20");
    await page.getByRole("button", { name: "Run analysis" }).click();
    await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 90_000 });
    const foreign = page.getByTestId("foreign-identity");
    await expect(foreign).toContainText(`Probed ${tag} calls itself "Zorblax"`);
    await expect(foreign).toContainText("Quillion Labs");
    const exported = await request.get(`/api/analyses/${new URL(page.url()).pathname.split("/").pop()}`);
    const result = (await exported.json()).analysis.result;
    expect(result.identity.foreignClaims.map((f: { candidateId: string }) => f.candidateId)).toContain(corpusId);
  });

  test("asks the model what an uploaded corpus was asked, from that corpus' page", async ({ page, request }) => {
    const suspect = await uploadFixture(request, "candidate-gamma.jsonl", `suspect ${tag}`);
    await page.goto(`/corpora/${suspect.id}`);
    await page.getByRole("link", { name: "Ask other models these prompts" }).click();
    await expect(page).toHaveURL(/\/collect\?corpus=/);
    await expect(page.getByLabel("Corpus whose prompts to ask")).toHaveValue(suspect.id);
    await page.getByRole("checkbox", { name: `Loopback ${tag}` }).check();
    await page.getByLabel("Corpus name").fill(`Teacher answers ${tag}`);
    await page.getByRole("button", { name: "Start collecting" }).click();
    await expect(page.getByTestId("collection-progress")).toHaveAttribute("data-status", "done", { timeout: 90_000 });
    await expect(page.getByText("prompts of suspect")).toBeVisible();
    const documents = Number((await page.getByTestId("count-done").textContent())?.replace(/\D/g, ""));
    const suspectDocs = ((await (await request.get(`/api/corpora/${suspect.id}`)).json()) as { corpus: { documentCount: number } }).corpus.documentCount;
    expect(documents).toBe(suspectDocs);
  });

  test("a viewer sees the connection without its key and cannot start a collection", async ({ browser, playwright, baseURL, request }) => {
    const viewer = await signUpViaApi(playwright, baseURL, "viewer");
    expect((await request.post("/api/workspaces/members", { data: { email: viewer.email, role: "viewer" } })).status()).toBe(201);
    const workspaceId = ((await (await request.get("/api/workspaces")).json()) as { workspaces: { id: string }[] }).workspaces[0].id;
    const page = await pageFor(browser, viewer, baseURL);
    await page.context().addCookies([{ name: "distillscope.workspace", value: workspaceId, url: baseURL! }]);
    await page.goto("/connections");
    const item = page.getByTestId("connection").filter({ hasText: `Loopback ${tag}` });
    await expect(item.getByTestId("key-mask")).toHaveText("••••••••");
    await expect(item.getByRole("button", { name: "Test connection" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add connection" })).toHaveCount(0);
    expect(await page.content()).not.toContain(KEY.slice(-4) + "<");
    await page.goto(collectionUrl);
    await expect(page.getByRole("button", { name: "Cancel" })).toHaveCount(0);
    await page.goto("/collect");
    await expect(page.getByText("Read-only access")).toBeVisible();
    await page.context().close();
  });
});

function watchResponses(page: Page): string[] {
  const bodies: string[] = [];
  page.on("response", async (res) => {
    const type = res.headers()["content-type"] ?? "";
    if (type.includes("json") || type.includes("html") || type.includes("x-component")) bodies.push(await res.text().catch(() => ""));
  });
  return bodies;
}

async function pick(page: Page, legend: "Sources" | "Candidates", name: string) {
  const group = page.getByRole("group", { name: new RegExp(`^${legend}`) });
  await group.getByRole("searchbox").fill(name);
  await group.getByRole("checkbox", { name: new RegExp(name) }).check();
}
