// Collection throughput and memory: `cli collect` as a separate process (the whole command a user waits for:
// start, asking, storing each answer, writing and fingerprinting the corpus) against the loopback model
// server of the tests, at concurrency 8. Two sizes, to show that memory stays flat as the list grows.
// Run alone: npx tsx bench/collect-bench.ts; npm run bench includes it.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startFakeModelServer } from "../test/support/fake-model-server";

const root = path.resolve(import.meta.dirname, "..");
const KEY = "sk-bench-0123456789abcdef";
const SIZES = [300, 3000];
const CONCURRENCY = 8;
// The collect process runs with its JavaScript heap capped: finishing every size under the same cap shows
// that memory does not grow with the prompt count (uncapped, V8 lets garbage pile up before collecting).
const HEAP_CAP_MB = 128;

type Row = { prompts: number; concurrency: number; seconds: number; answersPerSecond: number; peakRssMb: number; answered: number };

export async function collectBenchSection(): Promise<string[]> {
  const rows: Row[] = [];
  for (const n of SIZES) {
    console.error(`collect: ${n} prompts at concurrency ${CONCURRENCY} against a loopback server…`);
    rows.push(await benchOnce(n));
  }
  const f = (x: number, d = 1) => x.toFixed(d);
  return [
    "",
    "### Collection (cli collect against a loopback OpenAI-compatible server, SQLite)",
    "",
    "| prompts | concurrency | whole command (s) | answers/s | peak RSS (MiB) |",
    "|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.prompts} | ${r.concurrency} | ${f(r.seconds)} | ${f(r.answersPerSecond, 0)} | ${f(r.peakRssMb, 0)} |`),
    "",
    "- whole command: `npm run --silent cli -- collect --prompts FILE --concurrency 8 --json` as its own process, from start to its JSON on stdout: every answer streamed, stored as it arrives, the corpus written and fingerprinted. The server streams each ~150-character answer in 24-character chunks without delay, so the figure is Distillscope's own overhead, not a model's speed.",
    `- peak RSS: the collect process' high-water mark (VmHWM), sampled every 20 ms. The process runs with its JavaScript heap capped at ${HEAP_CAP_MB} MiB (\`--max-old-space-size\`): every size finishing under the same cap is the flat-memory check.`,
  ];
}

async function benchOnce(prompts: number): Promise<Row> {
  const dir = mkdtempSync(path.join(tmpdir(), "distillscope-bench-collect-"));
  const server = await startFakeModelServer({ apiKey: KEY, answer: (p) => ({ text: `Certainly! Here is a short, useful answer to "${p.slice(0, 60)}". I hope this helps.` }) });
  try {
    const file = path.join(dir, "prompts.txt");
    writeFileSync(file, Array.from({ length: prompts }, (_, i) => `Prompt ${i + 1}: explain idea number ${i + 1} in two sentences.`).join("\n"));
    const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, DISTILLSCOPE_DATA_DIR: dir, DISTILLSCOPE_API_KEY: KEY };
    // Migrate the scratch database first, untimed: the timed run is the collect command alone.
    await runCli(["corpora", "--json"], env);
    const args = ["collect", "--base-url", `${server.url}/v1`, "--model", "bench-model", "--prompts", file, "--name", `bench ${prompts}`, "--concurrency", String(CONCURRENCY), "--json"];
    const started = performance.now();
    const { stdout, peakRssMb } = await runCli(args, env);
    const seconds = (performance.now() - started) / 1000;
    const result = JSON.parse(stdout.trim().split("\n").at(-1)!) as { status: string; answered: number };
    if (result.status !== "done" || result.answered !== prompts) throw new Error(`collect bench: ${stdout}`);
    return { prompts, concurrency: CONCURRENCY, seconds, answersPerSecond: prompts / seconds, peakRssMb, answered: result.answered };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI as node itself with tsx's loader (no wrapper process between us and the measured one). */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; peakRssMb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, "--import", "tsx", path.join(root, "cli/main.ts"), ...args], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    let peakKb = 0;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const sample = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process just exited
      }
    }, 20);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(sample);
      if (code !== 0) reject(new Error(`cli ${args[0]} exited with ${code}`));
      else resolve({ stdout, peakRssMb: peakKb / 1024 });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await collectBenchSection()).join("\n"));
