// Writes a synthetic JSONL corpus of a given size with varied, realistic-looking text (for ingest benchmarks).
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { createRandom as random } from "@/lib/analysis/math/seeded-random";

const WORDS = (
  "the of and to a in that is was he for it with as his on be at by I this had not are but from or have an they " +
  "which one you were her all she there would their we him been has when who will more no if out so said what up its " +
  "about into than them can only other new some could time these two may then do first any my now such like our over " +
  "man me even most made after also did many before must through back years where much your way well down should " +
  "because each just those people how too little state good very make world still own see men work long get here " +
  "between both life being under never day same another know while last might us great old year off come since " +
  "against go came right used take three model answer question example data result approach consider important " +
  "however therefore additionally specifically ensure provide context analysis naïve café résumé — “quoted” 🙂"
).split(" ");
const OPENERS = ["Certainly!", "Sure.", "Here is an overview:", "Great question!", "In short:", "To answer this,"];
const MODELS = ["synthetic-a", "synthetic-b", "synthetic-c"];

export function syntheticSentence(rand: () => number): string {
  const n = 6 + Math.floor(rand() * 18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + (rand() < 0.1 ? "?" : rand() < 0.1 ? "!" : ".");
}

export function syntheticResponse(rand: () => number): string {
  const parts: string[] = [];
  if (rand() < 0.4) parts.push(OPENERS[Math.floor(rand() * OPENERS.length)]);
  const paragraphs = 1 + Math.floor(rand() * 5);
  for (let p = 0; p < paragraphs; p++) {
    if (rand() < 0.25) {
      const items = 2 + Math.floor(rand() * 4);
      const list: string[] = [];
      for (let i = 1; i <= items; i++) list.push(`${i}. **${syntheticSentence(rand).slice(0, 24)}** ${syntheticSentence(rand)}`);
      parts.push(list.join("\n"));
    } else {
      const sentences = 2 + Math.floor(rand() * 5);
      const para: string[] = [];
      for (let s = 0; s < sentences; s++) para.push(syntheticSentence(rand));
      parts.push(para.join(" "));
    }
  }
  return parts.join("\n\n");
}

/** Writes JSONL records until the file reaches `bytes`; returns the number of records written. */
export async function writeSyntheticJsonl(path: string, bytes: number, seed = 1): Promise<number> {
  const rand = random(seed);
  const out = createWriteStream(path);
  let written = 0;
  let records = 0;
  while (written < bytes) {
    const line =
      JSON.stringify({
        id: `p${records % 5000}`,
        instruction: syntheticSentence(rand),
        output: syntheticResponse(rand),
        model: MODELS[records % MODELS.length],
      }) + "\n";
    written += Buffer.byteLength(line);
    records += 1;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return records;
}
