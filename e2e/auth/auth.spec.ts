import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test as plain } from "@playwright/test";
import { NO_SESSION, newCredentials, pageFor, signUpViaApi, test } from "../support/sign-in";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "e2e", "fixtures", name));

plain("pages redirect to sign-in without a session; the API answers 401", async ({ page, request }) => {
  for (const p of ["/", "/upload", "/analyses", "/analyses/new", "/settings", "/corpora/cor_anything"]) {
    await page.goto(p);
    await expect(page, p).toHaveURL(/\/sign-in$/);
  }
  expect((await request.get("/api/corpora")).status()).toBe(401);
  expect((await request.get("/api/analyses")).status()).toBe(401);
});

plain("sign up, sign out, a wrong password is refused, the right one signs in", async ({ page }) => {
  const user = newCredentials("flow");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Corpora", exact: true })).toBeVisible();

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid email or password" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("another workspace's corpus is not found, in the browser and the API", async ({ request, browser, playwright, baseURL }) => {
  const res = await request.post("/api/corpora?filename=source-alpha.jsonl&name=private-alpha", { data: fixture("source-alpha.jsonl"), headers: { "content-type": "application/x-ndjson" } });
  expect(res.status()).toBe(201);
  const { corpora } = (await res.json()) as { corpora: { id: string }[] };
  const intruder = await signUpViaApi(playwright, baseURL, "intruder");
  const page = await pageFor(browser, intruder, baseURL);
  await page.goto(`/corpora/${corpora[0].id}`);
  await expect(page.getByText("private-alpha")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();
  await page.goto("/");
  await expect(page.getByText("private-alpha")).toHaveCount(0);
  expect((await page.request.get(`/api/corpora/${corpora[0].id}`)).status()).toBe(404);
  await page.context().close();
});

test("an API token made in settings works for scripts until it is revoked", async ({ page, playwright, baseURL }) => {
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("e2e script");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^dst_/);
  const script = await playwright.request.newContext({ baseURL, storageState: NO_SESSION, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await script.get("/api/corpora")).status()).toBe(200);
  await page.getByRole("button", { name: "Revoke e2e script" }).click();
  await expect(page.getByText("revoked")).toBeVisible();
  expect((await script.get("/api/corpora")).status()).toBe(401);
  await script.dispose();
});

test("an owner adds a viewer, who can read the workspace but not change it", async ({ page, request, playwright, baseURL, browser }) => {
  const viewer = await signUpViaApi(playwright, baseURL, "viewer");
  await page.goto("/settings");
  await page.getByLabel("Add by email").fill(viewer.email);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText(`${viewer.email} added.`)).toBeVisible();
  const workspaces = (await (await request.get("/api/workspaces")).json()) as { activeWorkspaceId: string };

  const viewerPage = await pageFor(browser, viewer, baseURL);
  const switched = await viewerPage.request.post("/api/workspaces/switch", { data: { workspaceId: workspaces.activeWorkspaceId } });
  expect(switched.status()).toBe(200);
  expect((await viewerPage.request.get("/api/corpora")).status()).toBe(200);
  expect((await viewerPage.request.post("/api/ingests")).status()).toBe(403);
  // The pages say so up front instead of offering forms the server would refuse.
  await viewerPage.goto("/upload");
  await expect(viewerPage.getByText("Read-only access")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: /upload/i })).toHaveCount(0);
  await viewerPage.goto("/analyses/new");
  await expect(viewerPage.getByText("Read-only access")).toBeVisible();
  await viewerPage.context().close();
});
