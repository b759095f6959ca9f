// npx tsx bench/bench-segmenters.ts
// Why Chinese is segmented by jieba and not Intl.Segmenter: both on the same sentences (quality: read the
// splits) and on 1 MB of synthetic Chinese (speed, best of 3). Japanese, Thai, Lao, Khmer and Myanmar go
// to Intl.Segmenter, which jieba does not cover. Prints Markdown.
import { createRequire } from "node:module";
import { createRandom } from "@/lib/analysis/math/seeded-random";
import { syntheticChineseResponse } from "./make-synthetic-jsonl";

const require = createRequire(import.meta.url);
const { Jieba } = require("@node-rs/jieba") as { Jieba: { withDict(d: Uint8Array): { cut(s: string, hmm?: boolean): string[] } } };
const { dict } = require("@node-rs/jieba/dict.js") as { dict: Uint8Array };
const jieba = Jieba.withDict(dict);
const icu = new Intl.Segmenter("zh", { granularity: "word" });

const SENTENCES = [
  "我是一个由深度求索公司开发的人工智能助手。",
  "自然语言处理是计算机科学领域与人工智能领域中的一个重要方向。",
  "他来到了网易杭研大厦，参加了机器学习研讨会。",
  "如果您有任何其他问题，请随时告诉我，我很乐意为您提供帮助。",
  "总的来说，这个方法既简单又有效，值得一试。",
];
const words = (pieces: string[]) => pieces.filter((w) => /[\p{L}\p{N}]/u.test(w)).join(" / ");
const byIcu = (s: string) => words([...icu.segment(s)].map((x) => x.segment));
const byJieba = (s: string) => words(jieba.cut(s, true));

const rand = createRandom(1);
let text = "";
while (text.length < 1_000_000) text += syntheticChineseResponse(rand) + "\n";
const docs = text.split("\n");
function best(run: () => number): { ms: number; words: number } {
  let ms = Infinity;
  let n = 0;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    n = run();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, words: n };
}
const icuTime = best(() => docs.reduce((n, d) => n + [...icu.segment(d)].filter((x) => x.isWordLike).length, 0));
const jiebaTime = best(() => docs.reduce((n, d) => n + jieba.cut(d, true).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0));

console.log("| sentence | Intl.Segmenter (ICU) | jieba (@node-rs/jieba, HMM on) |\n|---|---|---|");
for (const s of SENTENCES) console.log(`| ${s} | ${byIcu(s)} | ${byJieba(s)} |`);
console.log(`\n| segmenter | ${(text.length / 1e6).toFixed(2)}M characters of Chinese (ms, best of 3) | million characters/s | words |\n|---|---:|---:|---:|`);
console.log(`| Intl.Segmenter | ${icuTime.ms.toFixed(0)} | ${(text.length / 1e3 / icuTime.ms).toFixed(2)} | ${icuTime.words} |`);
console.log(`| jieba | ${jiebaTime.ms.toFixed(0)} | ${(text.length / 1e3 / jiebaTime.ms).toFixed(2)} | ${jiebaTime.words} |`);
