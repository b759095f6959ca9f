import { expect, pageFor, signUpViaApi, test } from "../support/sign-in";
import { uploadFixture } from "../analysis/analysis-helpers";

// Missing records answer a real HTTP 404, not a streamed 200 with a not-found UI: the [id] layouts check
// existence before any loading.tsx boundary can start the response.
test.describe("not-found pages answer 404", () => {
  for (const [path, heading] of [
    ["/corpora/does-not-exist", "Corpus not found"],
    ["/analyses/does-not-exist", "Analysis not found"],
  ] as const) {
    test(`${path} for a signed-in user`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
      // Still inside the workspace shell, with its navigation.
      await expect(page.getByRole("banner")).toBeVisible();
    });
  }

  test("keeps the dark theme, though React renders the 404 on the client", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    expect((await page.goto("/analyses/does-not-exist"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Analysis not found" })).toBeVisible();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  });

  test("another workspace's corpus is a 404 too, while the owner gets 200", async ({ request, browser, playwright, baseURL }) => {
    const corpus = await uploadFixture(request, "source-alpha.jsonl", `not-found owner ${Date.now()}`);
    const stranger = await pageFor(browser, await signUpViaApi(playwright, baseURL, "stranger"), baseURL);
    try {
      const res = await stranger.goto(`/corpora/${corpus.id}`);
      expect(res?.status()).toBe(404);
      await expect(stranger.getByRole("heading", { name: "Corpus not found" })).toBeVisible();
    } finally {
      await stranger.context().close();
    }
    expect((await request.get(`/corpora/${corpus.id}`)).status()).toBe(200);
  });

  test("an unknown share link still answers 404", async ({ request }) => {
    expect((await request.get("/s/not-a-real-token")).status()).toBe(404);
  });
});
