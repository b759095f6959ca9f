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
// Common Chinese words, written without spaces as Chinese is (the bench's Chinese ingest and fingerprints).
const CHINESE_WORDS = (
  "我们 你 他们 这个 那些 可以 需要 问题 方法 时间 工作 学习 生活 重要 因为 所以 但是 如果 然后 已经 开始 进行 提供 " +
  "帮助 建议 首先 其次 最后 总之 此外 例如 通过 使用 数据 模型 系统 分析 结果 研究 发展 社会 经济 技术 人工智能 " +
  "计算机 语言 文化 历史 健康 运动 饮食 睡眠 旅行 城市 自然 环境 保护 能源 教育 学生 老师 公司 市场 产品 用户 服务 " +
  "质量 安全 管理 计划 目标 效果 影响 关系 过程 能力 经验 知识 信息 内容 部分 方面 情况 条件 原因 作用 意义 价值 的 了 和 是 在 有 也 都 很 更 最"
).split(" ");
const CHINESE_OPENERS = ["当然！", "好的。", "以下是概述：", "这是一个好问题！", "简而言之：", "为了回答这个问题，"];
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

export function syntheticChineseResponse(rand: () => number): string {
  const sentence = () => {
    const n = 6 + Math.floor(rand() * 14);
    let s = "";
    for (let i = 0; i < n; i++) s += CHINESE_WORDS[Math.floor(rand() * CHINESE_WORDS.length)];
    return s + (rand() < 0.1 ? "？" : rand() < 0.1 ? "！" : "。");
  };
  const parts: string[] = [];
  if (rand() < 0.4) parts.push(CHINESE_OPENERS[Math.floor(rand() * CHINESE_OPENERS.length)]);
  const paragraphs = 1 + Math.floor(rand() * 5);
  for (let p = 0; p < paragraphs; p++) {
    const sentences = 2 + Math.floor(rand() * 5);
    parts.push(Array.from({ length: sentences }, sentence).join(""));
  }
  return parts.join("\n\n");
}

export type SyntheticLanguage = "english" | "chinese";

/** Writes JSONL records until the file reaches `bytes`; returns the number of records written. */
export async function writeSyntheticJsonl(path: string, bytes: number, seed = 1, language: SyntheticLanguage = "english"): Promise<number> {
  const rand = random(seed);
  const response = language === "chinese" ? syntheticChineseResponse : syntheticResponse;
  const out = createWriteStream(path);
  let written = 0;
  let records = 0;
  while (written < bytes) {
    const line =
      JSON.stringify({
        id: `p${records % 5000}`,
        instruction: syntheticSentence(rand),
        output: response(rand),
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
