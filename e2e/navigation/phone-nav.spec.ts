import { expect, test } from "../support/sign-in";

// Issue 12, item 7: on a 390 px phone every destination is reachable and "+ New" stays on screen.
test.use({ viewport: { width: 390, height: 844 } });

test("the phone navigation fits 390 px and works from the keyboard", async ({ page }) => {
  await page.goto("/analyses");
  const nav = page.getByRole("navigation", { name: "Main" });
  const newLink = nav.getByRole("link", { name: "New analysis" });
  await expect(newLink).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The other destinations fold into a menu button that opens with Enter and closes with Escape.
  const menu = nav.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  for (const name of ["Corpora", "Upload", "Collect", "Analyses"]) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Analyses", exact: true })).toHaveAttribute("aria-current", "page");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  await menu.click();
  await nav.getByRole("link", { name: "Upload", exact: true }).click();
  await expect(page).toHaveURL(/\/upload$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await newLink.click();
  await expect(page).toHaveURL(/\/analyses\/new$/);
});
