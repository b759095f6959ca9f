import { randomBytes } from "node:crypto";
import { chromium, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";

export type ScreenshotSession = { browser: Browser; setup: BrowserContext; api: APIRequestContext };

/** Debian's chromium and a fresh account, signed in, on a running server (sign-up must be open). */
export async function openScreenshotSession(base: string, prefix: string): Promise<ScreenshotSession> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const setup = await browser.newContext({ baseURL: base });
  const api = setup.request;
  const email = `${prefix}-${randomBytes(4).toString("hex")}@example.test`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const signUp = await api.post("/api/auth/sign-up/email", { data: { name: "Screenshots", email, password } });
  if (!signUp.ok()) throw new Error(`sign-up: ${signUp.status()} ${await signUp.text()} (is sign-up open?)`);
  const signIn = await api.post("/api/auth/sign-in/email", { data: { email, password } }); // sign-up does not sign in
  if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()} ${await signIn.text()}`);
  return { browser, setup, api };
}
