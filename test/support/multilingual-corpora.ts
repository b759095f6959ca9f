// Two invented "sources" that answer the same Chinese, Japanese and English prompts, each with favourite
// words of its own in every language, and a candidate that writes with source "north"'s favourites about
// other things. Used by the unit tests and written to files by the multilingual e2e spec.

type Style = { zh: string[]; ja: string[]; en: string[] };

const FAVOURITES: Record<"north" | "south", Style> = {
  north: {
    zh: ["综上所述", "值得注意的是", "此外", "显而易见", "归根结底"],
    ja: ["要するに", "さらに", "言い換えれば", "結論として"],
    en: ["moreover", "delve", "tapestry", "ultimately"],
  },
  south: {
    zh: ["总之", "需要指出", "另外", "简单来说", "说到底"],
    ja: ["つまり", "また", "簡単に言うと", "最後に"],
    en: ["also", "basically", "simply", "anyway"],
  },
};

const TOPICS = {
  zh: ["学习编程", "种植番茄", "准备面试", "节约用电", "锻炼身体", "学习外语", "管理时间", "照顾小猫", "整理房间", "规划旅行"],
  ja: ["料理の基本", "朝の散歩", "読書の習慣", "部屋の掃除", "旅行の計画", "日記の書き方", "野菜の育て方", "睡眠の質"],
  en: ["saving money", "learning chess", "baking bread", "running a marathon", "writing a resume", "keeping plants alive", "public speaking", "cleaning a bike"],
};

const SENTENCES = {
  zh: [
    (t: string) => `关于${t}，第一步是制定一个清楚的计划。`,
    (t: string) => `每天坚持一点点，${t}就会变得容易。`,
    (t: string) => `很多人在${t}时会遇到困难，但是方法比努力更重要。`,
    (t: string) => `你可以先从简单的目标开始，然后慢慢提高要求。`,
    (t: string) => `记录自己的进步，会让${t}更有动力。`,
  ],
  ja: [
    (t: string) => `${t}については、まず小さな目標を立てることが大切です。`,
    (t: string) => `毎日少しずつ続ければ、${t}は難しくありません。`,
    (t: string) => `道具をそろえてから始めると、${t}がもっと楽になります。`,
    (t: string) => `うまくいかない日があっても、気にしないでください。`,
  ],
  en: [
    (t: string) => `When it comes to ${t}, start with a clear and modest plan.`,
    (t: string) => `A little practice every day makes ${t} much easier.`,
    (t: string) => `Many people struggle with ${t} at first, and that is normal.`,
    (t: string) => `Write down what works for you and adjust as you go.`,
  ],
};

const PROMPTS = {
  zh: (t: string) => `请告诉我如何${t}？`,
  ja: (t: string) => `${t}について教えてください。`,
  en: (t: string) => `How do I get better at ${t}?`,
};

export type MultilingualRecord = { prompt_id: string; prompt: string; response: string; model: string };
type Language = keyof typeof TOPICS;

function answer(style: Style, language: Language, topic: string, i: number): string {
  const fav = style[language];
  const sentences = SENTENCES[language];
  const pick = (k: number) => sentences[(i + k) % sentences.length](topic);
  const join = language === "en" ? " " : "";
  const comma = language === "zh" ? "，" : language === "ja" ? "、" : ", ";
  const f = (k: number) => fav[(i + k) % fav.length];
  const first = language === "en" ? f(0)[0].toUpperCase() + f(0).slice(1) : f(0);
  return [`${first}${comma}${pick(0)}`, pick(1), `${f(1)}${comma}${pick(2)}`, `${f(2)}${comma}${pick(3)}`].join(join);
}

/** Each source's answers to every prompt (prompt ids shared), in the prompt's language. */
export function multilingualSource(name: "north" | "south"): MultilingualRecord[] {
  return (Object.keys(TOPICS) as Language[]).flatMap((language) =>
    TOPICS[language].flatMap((topic, t) =>
      [0, 1, 2].map((k) => ({
        prompt_id: `${language}-${t}-${k}`,
        prompt: `${PROMPTS[language](topic)}${"？?!".slice(0, k)}`,
        response: answer(FAVOURITES[name], language, topic, t * 3 + k),
        model: name,
      })),
    ),
  );
}

/** The candidate: north's favourite words, its sentences rotated differently, the same prompts. */
export function multilingualCandidate(): MultilingualRecord[] {
  return multilingualSource("north").map((r, i) => {
    const [language, t] = r.prompt_id.split("-") as [Language, string];
    return { ...r, response: answer(FAVOURITES.north, language, TOPICS[language][Number(t)], i * 7 + 1), model: "candidate-north" };
  });
}

export const NORTH_CHINESE_FAVOURITES = FAVOURITES.north.zh;

export const toJsonl = (records: MultilingualRecord[]) => records.map((r) => JSON.stringify(r)).join("\n") + "\n";
