import type { APIRequestContext } from "@playwright/test";
import { expect, NO_SESSION, test } from "../support/sign-in";
import { runAnalysis, uploadFixtures } from "../analysis/analysis-helpers";

// Issue 4, steps 6-7: a read-only link opens in a fresh context without cookies, shows the results and
// nothing else of the workspace, and stops working once revoked. Tests are independent (each link they
// need is made in beforeAll or in the test), so one failure does not hide the others.
const WORKSPACE_API = /\/api\/(corpora|analyses|ingests|share-links)(\/|\?|$)/;

async function createLink(request: APIRequestContext, analysisId: string, label: string): Promise<{ id: string; url: string; token: string }> {
  const res = await request.post(`/api/analyses/${analysisId}/share-links`, { data: { label } });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { shareLink: { id: string }; url: string; token: string };
  return { id: body.shareLink.id, url: body.url, token: body.token };
}

test.describe("share links", () => {
  const tag = `share-${Date.now()}`;
  let analysisId = "";
  let gammaName = "";
  let link = { id: "", url: "", token: "" };

  test.beforeAll(async ({ request }) => {
    const corpora = await uploadFixtures(request, tag);
    gammaName = corpora.gamma.name;
    analysisId = await runAnalysis(request, corpora, `Shared ${tag}`);
    link = await createLink(request, analysisId, `api link ${tag}`);
  });

  test("the analyst creates a link in the page and sees its URL once", async ({ page }) => {
    const label = `ui link ${tag}`;
    await page.goto(`/analyses/${analysisId}`);
    const panel = page.getByTestId("share-panel");
    await panel.getByLabel("Label").fill(label);
    await panel.getByLabel("Expires after (days)").fill("7");
    await panel.getByRole("button", { name: "Create link" }).click();
    await expect(panel.getByTestId("share-url")).toHaveValue(/\/s\/[A-Za-z0-9_-]{22,}$/);
    await expect(panel.getByTestId("share-links")).toContainText(label);
    await expect(panel.getByTestId("share-links").locator("li", { hasText: label })).toContainText("expires");
    // After a reload the link is listed, but its URL is never shown again.
    await page.reload();
    await expect(page.getByTestId("share-links")).toContainText(label);
    await expect(page.getByTestId("share-url")).toHaveCount(0);
  });

  test("a fresh context with no cookies sees the results, read-only", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, storageState: NO_SESSION });
    expect(await context.cookies()).toHaveLength(0);
    const page = await context.newPage();
    const paths: string[] = [];
    page.on("request", (r) => paths.push(new URL(r.url()).pathname));

    expect((await page.goto(link.url))?.status()).toBe(200);
    await expect(page.getByTestId("verdict")).toContainText(gammaName);
    await expect(page.getByText("Resemblance is evidence, not proof")).toBeVisible();
    await expect(page.locator("[data-chart=ranking] .recharts-bar-rectangle path")).toHaveCount(2);
    await expect(page.locator("[data-chart=tree] svg path").first()).toBeVisible();
    await expect(page.locator("[data-chart=map] [data-testid=map-point]")).toHaveCount(3);
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);

    // Evidence snippets are part of the shared view.
    const evidence = page.locator("#evidence");
    let terms = evidence.getByTestId("evidence-table").locator("tbody button");
    if ((await terms.count()) === 0) {
      await evidence.getByLabel("Source").selectOption({ index: 1 });
      terms = evidence.getByTestId("evidence-table").locator("tbody button");
    }
    await terms.first().click();
    // Every use is read from the share link's own concordance route, not the workspace API.
    await expect(page.getByTestId("kwic-snippet").first()).toBeVisible();

    // No share panel and no API export links; JSON is built in the browser from the result the share API returns.
    await expect(page.getByTestId("share-panel")).toHaveCount(0);
    await expect(page.locator('a[href*="/api/"]')).toHaveCount(0);
    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "JSON", exact: true }).click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    // The page never called a workspace API.
    expect(paths.filter((p) => WORKSPACE_API.test(p))).toEqual([]);
    await context.close();
  });

  test("the shared page links nowhere into the workspace", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, storageState: NO_SESSION });
    const page = await context.newPage();
    await page.goto(link.url);
    await expect(page.getByTestId("verdict")).toBeVisible();
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((h) => !h.startsWith("/s/"))).toEqual([]);
    await context.close();
  });

  test("the share API returns only this analysis, and the token opens nothing else", async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL, storageState: NO_SESSION });
    const res = await api.get(`/api/share/${link.token}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["x-robots-tag"]).toContain("noindex");
    const body = (await res.json()) as { analysis: Record<string, unknown> };
    expect(Object.keys(body)).toEqual(["analysis"]);
    expect(Object.keys(body.analysis).sort()).toEqual(["createdAt", "id", "name", "result"]);
    for (const path of [`/api/share/${link.token}/corpora`, `/api/share/${link.token}/analyses`, `/s/${link.token}/corpora`, `/api/share/${link.token}x`]) {
      expect((await api.get(path)).status(), path).toBe(404);
    }
    await api.dispose();
  });

  test("revoking a link in the page makes it stop working at once", async ({ page, browser, baseURL, request }) => {
    const label = `revoke me ${tag}`;
    const doomed = await createLink(request, analysisId, label);
    const context = await browser.newContext({ baseURL, storageState: NO_SESSION });
    const fresh = await context.newPage();
    await fresh.goto(doomed.url);
    await expect(fresh.getByTestId("verdict")).toBeVisible();

    await page.goto(`/analyses/${analysisId}`);
    await page.getByRole("button", { name: `Revoke ${label}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revoke link" }).click();
    await expect(page.getByTestId("share-links").locator("li", { hasText: label })).toContainText("revoked");

    // A page opened before the revocation can no longer export: the result is read at click time, and the
    // refusal is said on the page rather than swallowed.
    await fresh.getByRole("button", { name: "JSON", exact: true }).click();
    await expect(fresh.getByTestId("export-menu").getByRole("alert")).toHaveText("This share link does not exist, has expired, or was revoked.");

    await fresh.goto(doomed.url);
    await expect(fresh.getByRole("heading", { name: "Link not found" })).toBeVisible();
    await expect(fresh.getByTestId("verdict")).toHaveCount(0);
    expect((await context.request.get(`/api/share/${doomed.token}`)).status()).toBe(404);
    // The other link to the same analysis still works: links are revoked one by one.
    expect((await context.request.get(`/api/share/${link.token}`)).status()).toBe(200);
    await context.close();
  });

  test("revoke asks for confirmation first, and the revoked link's URL leaves the screen", async ({ page, request }) => {
    const label = `confirm me ${tag}`;
    await page.goto(`/analyses/${analysisId}`);
    const panel = page.getByTestId("share-panel");
    await panel.getByLabel("Label").fill(label);
    await panel.getByRole("button", { name: "Create link" }).click();
    const url = await panel.getByTestId("share-url").inputValue();
    const token = url.split("/s/")[1];
    const row = panel.getByTestId("share-links").locator("li", { hasText: label });

    // Cancel changes nothing: the link stays active and its URL stays on screen.
    await panel.getByRole("button", { name: `Revoke ${label}` }).click();
    const dialog = page.getByRole("dialog", { name: `Revoke “${label}”?` });
    await expect(dialog).toContainText("loses access at once");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText("active");
    expect((await request.get(`/api/share/${token}`)).status()).toBe(200);

    // Escape cancels too (keyboard).
    await panel.getByRole("button", { name: `Revoke ${label}` }).focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(row).toContainText("active");

    // Confirmed: revoked at once, and the dead URL is no longer offered for copying.
    await panel.getByRole("button", { name: `Revoke ${label}` }).click();
    await dialog.getByRole("button", { name: "Revoke link" }).click();
    await expect(row).toContainText("revoked");
    await expect(panel.getByTestId("share-url")).toHaveCount(0);
    await expect(panel.getByText("Copy it now")).toHaveCount(0);
    await expect(panel.getByTestId("share-revoked")).toContainText("no longer opens anything");
    expect((await request.get(`/api/share/${token}`)).status()).toBe(404);
  });

  test("an unknown token answers with HTTP 404", async ({ request }) => {
    expect((await request.get("/api/share/not-a-real-token")).status()).toBe(404);
    expect((await request.get("/s/not-a-real-token")).status()).toBe(404);
  });
});
