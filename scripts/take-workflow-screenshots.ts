// Screenshots of the workflow pages of issue 12 (upload check, analyses list, new-analysis form, phone nav), in
// light, dark and at 390 px, from a real run against a running server. With ../shared present the analyses use
// AlpacaEval files (so the list has real verdicts); else the e2e fixtures.
// Usage: npx tsx scripts/take-workflow-screenshots.ts [--base http://localhost:3000] [--out docs/screenshots/workflow] [--alpaca DIR]
import { openScreenshotSession } from "./support/screenshot-session";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type APIRequestContext, type Page } from "@playwright/test";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    out: { type: "string", default: "docs/screenshots/workflow" },
    alpaca: { type: "string", default: "../shared/corpora/alpaca-eval" },
  },
});
const base = values.base!;
const out = values.out!;
const root = path.resolve(import.meta.dirname, "..");
const fixture = (f: string) => path.join(root, "e2e/fixtures", f);
const alpaca = path.resolve(root, values.alpaca!);

// Files written for the upload page: a bad line 58, and a JSON array cut short.
const scratch = mkdtempSync(path.join(tmpdir(), "workflow-shots-"));
const lines = Array.from({ length: 80 }, (_, i) => JSON.stringify({ instruction: `Question ${i + 1}?`, output: `Answer number ${i + 1}.`, generator: "demo-model" }));
lines[57] = lines[57].slice(0, 30);
writeFileSync(path.join(scratch, "answers-58.jsonl"), lines.join("\n") + "\n");
writeFileSync(path.join(scratch, "cut.json"), '[{"output": "one"}, {"output": "tw');

async function upload(api: APIRequestContext, file: string): Promise<string> {
  const res = await api.post("/api/corpora", { multipart: { file: { name: path.basename(file), mimeType: "application/json", buffer: readFileSync(file) } } });
  if (res.status() !== 201) throw new Error(`upload ${file}: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { corpora: { id: string }[] }).corpora[0].id;
}

async function analyse(api: APIRequestContext, name: string, sourceIds: string[], candidateIds: string[]): Promise<void> {
  const res = await api.post("/api/analyses", { data: { name, sourceIds, candidateIds } });
  const { id } = (await res.json()) as { id: string };
  for (let i = 0; i < 600; i++) {
    const { analysis } = (await (await api.get(`/api/analyses/${id}`)).json()) as { analysis: { status: string } };
    if (analysis.status === "done" || analysis.status === "failed") return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function main() {
  mkdirSync(out, { recursive: true });
  const { browser, setup, api } = await openScreenshotSession(base, "workflow");

  const real = existsSync(alpaca);
  const files = real
    ? ["Meta-Llama-3-8B-Instruct.json", "Mistral-7B-Instruct-v0.2.json", "Qwen1.5-72B-Chat.json", "gpt4_1106_preview.json", "Llama-3-Instruct-8B-SimPO.json", "SPPO-Mistral7B-PairRM.json"].map((f) => path.join(alpaca, f))
    : ["source-alpha.jsonl", "source-beta.jsonl", "candidate-gamma.jsonl"].map(fixture);
  const ids: string[] = [];
  for (const f of files) ids.push(await upload(api, f));
  if (real) {
    await analyse(api, "Who taught SimPO and SPPO?", ids.slice(0, 4), ids.slice(4));
    await analyse(api, "Llama 3 SimPO vs three sources", [ids[1], ids[2], ids[3]], [ids[4]]);
  } else {
    await analyse(api, "Which model taught gamma?", ids.slice(0, 2), ids.slice(2));
  }
  const state = await setup.storageState();
  await setup.close();

  const shots: { name: string; fullPage?: boolean; run: (page: Page) => Promise<void> }[] = [
    {
      name: "upload-check",
      fullPage: true,
      run: async (page) => {
        await page.goto("/upload");
        await page.getByLabel("Drop files here, or click to choose").setInputFiles([path.join(scratch, "answers-58.jsonl"), fixture("source-alpha.jsonl"), path.join(scratch, "cut.json")]);
        await page.getByRole("button", { name: "Upload 3 files" }).click();
        await page.locator("[data-testid=upload-check][data-status=done]").waitFor({ timeout: 60_000 });
        await page.getByTestId("file-preview").nth(1).locator("summary").click();
      },
    },
    { name: "analyses-list", run: async (page) => void (await page.goto("/analyses")) },
    {
      name: "analysis-new",
      fullPage: true,
      run: async (page) => {
        await page.goto(`/analyses/new?${ids.slice(0, 2).map((id) => `source=${id}`).join("&")}&candidate=${ids.at(-1)}`);
      },
    },
    {
      name: "nav-menu",
      run: async (page) => {
        await page.goto("/analyses");
        const menu = page.getByRole("button", { name: "Menu", exact: true });
        if (await menu.isVisible()) await menu.click();
      },
    },
  ];
  for (const [label, viewport, scheme] of [
    ["light", { width: 1280, height: 900 }, "light"],
    ["dark", { width: 1280, height: 900 }, "dark"],
    ["phone", { width: 390, height: 844 }, "light"],
  ] as const) {
    for (const s of shots) {
      if (s.name === "nav-menu" && label !== "phone") continue; // the menu exists on phones only
      const context = await browser.newContext({ baseURL: base, viewport, colorScheme: scheme, storageState: state });
      const page = await context.newPage();
      await s.run(page);
      await page.waitForTimeout(400);
      const file = path.join(out, `${s.name}-${label}.png`);
      await page.screenshot({ path: file, fullPage: s.fullPage ?? false });
      console.log(file);
      await context.close();
    }
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
