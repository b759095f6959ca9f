// What the human word lists cost every full garbage collection of the thread holding them (the worker's
// main thread holds them for its life). Run: node --expose-gc --single-threaded-gc --import tsx bench/reference-gc-cost.ts
import { loadDefaultHumanReference } from "@/lib/analysis/human-reference";
import { humanReferenceForLanguage } from "@/lib/analysis/language-references";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with node --expose-gc (see the comment at the top).");

function time(label: string): void {
  gc!();
  const start = performance.now();
  for (let i = 0; i < 10; i++) gc!();
  const ms = (performance.now() - start) / 10;
  console.log(`${label}: ${ms.toFixed(1)} ms a full collection, ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB of heap`);
}

time("nothing loaded");
loadDefaultHumanReference();
time("SUBTLEX loaded");
humanReferenceForLanguage("cmn");
time("and jieba's dictionary");
