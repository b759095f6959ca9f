// Screenshots for the docs, made from a real run: signs up a fresh account on a running server, uploads corpora
// (the AlpacaEval development set when ../shared is present, else the e2e fixtures), runs an analysis, creates a
// share link, and photographs every page in light and dark mode, and the results (a term focused), the share view
// and a highlighted document at 390 px.
// Usage: npx tsx scripts/take-screenshots.ts [--base http://localhost:3000] [--out docs/screenshots]
import { openScreenshotSession } from "./support/screenshot-session";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { type APIRequestContext } from "@playwright/test";

const { values } = parseArgs({ options: { base: { type: "string", default: "http://localhost:3000" }, out: { type: "string", default: "docs/screenshots" } } });
const base = values.base!;
const out = values.out!;
const root = path.resolve(import.meta.dirname, "..");
const alpaca = path.resolve(root, "../shared/corpora/alpaca-eval");

const dataset = existsSync(alpaca)
  ? {
      dir: alpaca,
      sources: ["Meta-Llama-3-8B-Instruct.json", "Mistral-7B-Instruct-v0.2.json", "Qwen1.5-72B-Chat.json", "gpt4_1106_preview.json", "claude-3-opus-20240229.json"],
      candidates: ["Llama-3-Instruct-8B-SimPO.json", "SPPO-Mistral7B-PairRM.json", "Qwen1.5-14B-Chat.json"],
    }
  : { dir: path.join(root, "e2e/fixtures"), sources: ["source-alpha.jsonl", "source-beta.jsonl"], candidates: ["candidate-gamma.jsonl"] };

async function upload(api: APIRequestContext, file: string): Promise<string> {
  const res = await api.post("/api/corpora", {
    multipart: { file: { name: file, mimeType: "application/json", buffer: readFileSync(path.join(dataset.dir, file)) } },
  });
  if (res.status() !== 201) throw new Error(`upload ${file}: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { corpora: { id: string }[] }).corpora[0].id;
}

async function waitForAnalysis(api: APIRequestContext, id: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const { analysis } = (await (await api.get(`/api/analyses/${id}`)).json()) as { analysis: { status: string; error: unknown } };
    if (analysis.status === "done") return;
    if (analysis.status === "failed") throw new Error(`analysis failed: ${JSON.stringify(analysis.error)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("analysis did not finish in 10 minutes");
}

async function main() {
  mkdirSync(out, { recursive: true });
  const { browser, setup, api } = await openScreenshotSession(base, "screenshots");
  const sourceIds = [];
  for (const f of dataset.sources) sourceIds.push(await upload(api, f));
  const candidateIds = [];
  for (const f of dataset.candidates) candidateIds.push(await upload(api, f));
  const created = await api.post("/api/analyses", { data: { name: "Development set", sourceIds, candidateIds } });
  const { id } = (await created.json()) as { id: string };
  await waitForAnalysis(api, id);
  const share = (await (await api.post(`/api/analyses/${id}/share-links`, { data: { label: "docs" } })).json()) as { token: string };
  const term = await focusableTerm(api, id);
  console.log(`analysis /analyses/${id} · share /s/${share.token} · focused term “${term}”`);
  const candidateId = candidateIds[0];
  const rates = (await (await api.get(`/api/analyses/${id}/term-rates?${new URLSearchParams({ term })}`)).json()) as { corpora: { corpusId: string; firstOrdinal: number | null }[] };
  const firstDoc = rates.corpora.find((c) => c.corpusId === candidateId)?.firstOrdinal ?? 0;
  const focused = `?${new URLSearchParams({ term })}`;
  const highlighted = `/corpora/${candidateId}?${new URLSearchParams({ doc: String(firstDoc), highlight: term, from: id })}#doc-${firstDoc}`;
  const state = await setup.storageState();
  await setup.close();

  const pages = [
    { name: "corpora", path: "/", fullPage: false },
    { name: "corpus", path: `/corpora/${sourceIds[0]}`, fullPage: false },
    { name: "upload", path: "/upload", fullPage: false },
    { name: "analysis-new", path: "/analyses/new", fullPage: false },
    { name: "analysis-results", path: `/analyses/${id}`, fullPage: true },
    { name: "shared-analysis", path: `/s/${share.token}`, fullPage: false, anonymous: true },
    { name: "analysis-focused", path: `/analyses/${id}${focused}`, fullPage: true },
    { name: "document-highlighted", path: highlighted, fullPage: false },
  ];
  const phonePages = [
    { name: "analysis-focused", path: `/analyses/${id}${focused}`, fullPage: true },
    { name: "shared-analysis", path: `/s/${share.token}${focused}`, fullPage: true, anonymous: true },
    { name: "document-highlighted", path: highlighted, fullPage: false },
  ];
  const shots = [
    ...(["light", "dark"] as const).flatMap((scheme) => pages.map((p) => ({ ...p, scheme, suffix: scheme, viewport: { width: 1400, height: 1000 } }))),
    ...phonePages.map((p) => ({ ...p, scheme: "light" as const, suffix: "phone", viewport: { width: 390, height: 844 } })),
  ];
  for (const p of shots) {
    const scheme = p.scheme;
    const context = await browser.newContext({ baseURL: base, viewport: p.viewport, colorScheme: scheme, storageState: "anonymous" in p && p.anonymous ? undefined : state });
    const page = await context.newPage();
    await page.goto(p.path, { waitUntil: "load" });
    await page.locator("main").first().waitFor();
    await page.waitForTimeout(500);
    if (p.name === "analysis-results" || p.name === "shared-analysis" || p.name === "analysis-focused") await page.locator(".recharts-wrapper").first().waitFor();
    if (p.path.includes("term=")) await page.getByTestId("term-rates").getByTestId("term-rate").first().waitFor();
    const file = path.join(out, `${p.name}-${p.suffix}.png`);
    await page.screenshot({ path: file, fullPage: p.fullPage });
    console.log(file);
    await context.close();
  }
  await browser.close();
}

/** The first style term of the first candidate's evidence with its verdict source (what an analyst would click). */
async function focusableTerm(api: APIRequestContext, id: string): Promise<string> {
  type Result = { candidates: { verdict: { source: string | null }; evidence: { source: string; terms: { term: string; promptTopic?: boolean; score: number }[] }[] }[] };
  const { analysis } = (await (await api.get(`/api/analyses/${id}`)).json()) as { analysis: { result: Result } };
  const c = analysis.result.candidates[0];
  const terms = (c.evidence.find((e) => e.source === c.verdict.source) ?? c.evidence[0]).terms.filter((t) => !t.promptTopic);
  const term = [...terms].sort((a, b) => b.score - a.score)[0]?.term;
  if (!term) throw new Error("no evidence term to focus");
  return term;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
