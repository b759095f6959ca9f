// Screenshots of the analysis pages for the docs, in light and dark mode.
// Usage: npx tsx scripts/take-screenshots.ts [analysisId] [--base http://localhost:3000] [--out docs/screenshots]
// Without an id it takes the newest finished analysis. Needs a running server and Debian's chromium.
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const base = flag("--base", process.env.BASE_URL ?? "http://localhost:3000");
const out = flag("--out", "docs/screenshots");
const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));

async function newestDoneAnalysis(): Promise<string> {
  const res = await fetch(`${base}/api/analyses`);
  if (!res.ok) throw new Error(`GET /api/analyses: ${res.status}`);
  const { analyses } = (await res.json()) as { analyses: { id: string; status: string }[] };
  const done = analyses.find((a) => a.status === "done");
  if (!done) throw new Error("No finished analysis: run one first.");
  return done.id;
}

async function main() {
  const id = positional[0] ?? (await newestDoneAnalysis());
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const pages = [
    { name: "analysis-results", path: `/analyses/${id}`, fullPage: true },
    { name: "analyses", path: "/analyses", fullPage: false },
    { name: "analysis-new", path: "/analyses/new", fullPage: false },
  ];
  for (const scheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const p of pages) {
      await page.goto(`${base}${p.path}`, { waitUntil: "networkidle" });
      if (p.name === "analysis-results") await page.locator(".recharts-wrapper").first().waitFor();
      const file = path.join(out, `${p.name}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: p.fullPage });
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
