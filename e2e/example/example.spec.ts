import { expect, NO_SESSION, test } from "../support/sign-in";

// /example: a result anyone can read before signing up, reached from the sign-in page, with nothing of a
// workspace in it. Its corpora are too small for a verdict, and the page must not pretend otherwise.
test("a visitor without an account opens the example result from the sign-in page", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: NO_SESSION });
  try {
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "See an example result" }).click();
    await expect(page).toHaveURL(/\/example$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Which of 4 sources does candidate-gamma");
    await expect(page.getByText("Small invented corpora")).toBeVisible();
    await expect(page.getByText(/inconclusive/i).first()).toBeVisible();
    // Read-only: no share panel, no workspace navigation; the way in is signing in.
    await expect(page.getByTestId("share-panel")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: /workspace|main/i })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  } finally {
    await context.close();
  }
});
