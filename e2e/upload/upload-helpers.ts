import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Non-empty lines of a JSONL fixture, parsed. */
export function readJsonl(name: string): Record<string, unknown>[] {
  return readFileSync(fixture(name), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export type FilePayload = { name: string; mimeType: string; buffer: Buffer };

/** Chooses files on /upload (fixture names, or files written by the test), uploads them and waits for the preview of every file. */
export async function uploadAndPreview(page: Page, files: Array<string | FilePayload>): Promise<void> {
  await page.goto("/upload");
  const input = page.getByLabel("Drop files here, or click to choose");
  if (files.every((f) => typeof f === "string")) await input.setInputFiles(files.map((f) => fixture(f as string)));
  else await input.setInputFiles(files.map((f) => (typeof f === "string" ? { name: f, mimeType: "application/octet-stream", buffer: readFileSync(fixture(f)) } : f)));
  for (const f of files) await expect(page.getByRole("list", { name: "Chosen files" })).toContainText(typeof f === "string" ? f : f.name);
  await page.getByRole("button", { name: files.length === 1 ? "Upload file" : `Upload ${files.length} files` }).click();
  await expect(page.getByTestId("upload-stage")).toHaveText("2. Check the preview");
  await expect(page).toHaveURL(/[?&]ingest=/);
}

/** Submits the commit form and returns the created corpora's links (name → href). */
export async function createAndWait(page: Page, button = "Create corpus"): Promise<{ name: string; href: string }[]> {
  await page.getByRole("button", { name: button }).click();
  const created = page.getByTestId("created-corpora");
  await expect(created).toBeVisible({ timeout: 60_000 });
  const links = created.getByRole("link");
  const out: { name: string; href: string }[] = [];
  for (let i = 0; i < (await links.count()); i++) {
    out.push({ name: (await links.nth(i).textContent()) ?? "", href: (await links.nth(i).getAttribute("href")) ?? "" });
  }
  return out;
}

/** Waits for the whole-file check to finish and returns its panel. */
export async function waitForCheck(page: Page) {
  const panel = page.getByTestId("upload-check");
  await expect(panel).toHaveAttribute("data-status", "done", { timeout: 60_000 });
  return panel;
}

/** Opens the collapsed preview of the n-th file. */
export async function openPreview(page: Page, index = 0) {
  const card = page.getByTestId("file-preview").nth(index);
  await card.locator("summary").click();
  await expect(card.locator("details")).toHaveAttribute("open", "");
  return card;
}
