import { expect, test } from "@playwright/test";
import { signUpViaApi, signUpViaUi } from "../support/sign-in";

// Runs before every other spec (playwright.config.ts: project "first-admin"), on the empty database the
// e2e server starts from: the first visitor is sent to create the admin account.
test("the first sign-up on a fresh instance becomes the admin; the next one does not", async ({ page, playwright, baseURL, browser }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-(in|up)$/);
  if (process.env.E2E_BASE_URL && !page.url().endsWith("/sign-up")) test.skip(true, "the instance already has users");
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(page.getByRole("heading", { name: "Create the admin account" })).toBeVisible();
  await signUpViaUi(page, "admin");
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Sign-up" })).toBeVisible();
  await expect(page.getByText("Instance", { exact: true })).toBeVisible();

  const second = await signUpViaApi(playwright, baseURL, "second");
  const context = await browser.newContext({ storageState: second.storageState, baseURL });
  const other = await context.newPage();
  await other.goto("/settings");
  await expect(other.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(other.getByRole("heading", { name: "Sign-up" })).toHaveCount(0);
  await context.close();
});
