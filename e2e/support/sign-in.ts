// Every workspace page and API route needs a session now. Specs import `test` and `expect` from here instead
// of @playwright/test: the worker signs one account up through the API (as the sign-up form does), and both
// `page` and `request` carry its session cookie. Specs that need other users make them with signUpViaApi.
import { randomBytes } from "node:crypto";
import { test as base, expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";

export type Account = { name: string; email: string; password: string; storageState: StorageState };
type StorageState = Awaited<ReturnType<APIRequestContext["storageState"]>>;

/** Storage state with no cookies: pass it to playwright.request.newContext for an anonymous client. */
export const NO_SESSION: StorageState = { cookies: [], origins: [] };

export const newCredentials = (label = "e2e") => ({
  name: `${label} user`,
  email: `${label}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}@example.test`,
  password: `pw-${randomBytes(8).toString("hex")}`,
});

/** Signs a new user up through POST /api/auth/sign-up/email (then signs in) and returns the session as storage state. */
export async function signUpViaApi(playwright: { request: { newContext: (o: { baseURL?: string; storageState?: StorageState }) => Promise<APIRequestContext> } }, baseURL: string | undefined, label = "e2e"): Promise<Account> {
  // An explicit empty state: inside a test, request contexts otherwise inherit the test's session cookie.
  const api = await playwright.request.newContext({ baseURL, storageState: NO_SESSION });
  try {
    const credentials = newCredentials(label);
    const res = await api.post("/api/auth/sign-up/email", { data: credentials });
    expect(res.status(), await res.text()).toBe(200);
    // Sign-up does not sign in (its answer is the same for a taken email): sign in, as the form does next.
    const signIn = await api.post("/api/auth/sign-in/email", { data: { email: credentials.email, password: credentials.password } });
    expect(signIn.status(), await signIn.text()).toBe(200);
    return { ...credentials, storageState: await api.storageState() };
  } finally {
    await api.dispose();
  }
}

/** Signs up through the form on /sign-up, as a person would. Leaves the page on the corpora home. */
export async function signUpViaUi(page: Page, label = "e2e"): Promise<{ name: string; email: string; password: string }> {
  const credentials = newCredentials(label);
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(credentials.name);
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  return credentials;
}

/** A second signed-in browser context for another user (for cross-workspace checks). */
export async function pageFor(browser: Browser, account: Account, baseURL?: string): Promise<Page> {
  const context = await browser.newContext({ storageState: account.storageState, baseURL });
  // Requests from this page's context carry this account's cookie, not the test's.
  return context.newPage();
}

// One account per worker (the suite runs one worker): hooks such as beforeAll({ request }) and the tests
// after them must act as the same user, or a serial spec's data would sit in another workspace.
export const test = base.extend<object, { account: Account }>({
  account: [
    async ({ playwright }, use, workerInfo) => {
      await use(await signUpViaApi(playwright, workerInfo.project.use.baseURL, "e2e"));
    },
    { scope: "worker" },
  ],
  storageState: async ({ account }, use) => {
    await use(account.storageState);
  },
  request: async ({ playwright, baseURL, account }, use) => {
    const request = await playwright.request.newContext({ baseURL, storageState: account.storageState });
    await use(request);
    await request.dispose();
  },
});

export { expect };
