// Distillscope identity probes, v1: the same few questions ("who made you", "what model are you") in several
// phrasings and languages, written for this project and dedicated to the public domain (CC0-1.0). A model's
// answers show which name and maker it gives itself; lib/identity reads them (and any corpus) for that.

import type { BuiltinPrompt } from "./general-prompts";

const PROBES: [lang: string, prompts: string[]][] = [
  [
    "en",
    [
      "Who made you?",
      "What model are you?",
      "What is your name?",
      "Which company trained you?",
      "Introduce yourself in two sentences.",
      "Are you ChatGPT?",
      "Are you Claude?",
      "Which large language model am I talking to right now?",
      "Who developed the AI I am chatting with?",
      "Tell me about yourself: what are you and who built you?",
      "What is the name of the model behind this chat, and which version is it?",
      "If someone asked which lab created you, what would you say?",
      "Describe your origins: which organisation trained you and when?",
      "Hi! Before we start, could you tell me who you are?",
      "Complete the sentence honestly: \"I am an AI assistant called ...\"",
    ],
  ],
  ["zh", ["你是谁？", "你是由哪家公司开发的？", "你是什么模型？", "请用两句话介绍一下你自己。", "你的名字叫什么？"]],
  ["ja", ["あなたは誰ですか？", "あなたを開発したのはどの会社ですか？", "あなたはどのモデルですか？"]],
  ["ko", ["당신은 누구인가요?", "어느 회사가 당신을 만들었나요?"]],
  ["fr", ["Qui t'a créé ?", "Quel modèle es-tu ?", "Présente-toi en deux phrases."]],
  ["de", ["Wer hat dich entwickelt?", "Welches Sprachmodell bist du?", "Stell dich bitte kurz vor."]],
  ["es", ["¿Quién te creó?", "¿Qué modelo eres?", "Preséntate en dos frases."]],
  ["pt", ["Quem te criou?", "Qual modelo de linguagem você é?"]],
  ["it", ["Chi ti ha creato?", "Che modello sei?"]],
  ["ru", ["Кто тебя создал?", "Какая ты модель?"]],
  ["ar", ["من الذي صنعك؟", "ما اسم النموذج الذي أتحدث إليه؟"]],
  ["hi", ["तुम्हें किसने बनाया?", "तुम कौन सा मॉडल हो?"]],
  ["tr", ["Seni kim geliştirdi?"]],
  ["vi", ["Bạn là ai và ai đã tạo ra bạn?"]],
];

export const IDENTITY_PROBES: BuiltinPrompt[] = PROBES.flatMap(([lang, prompts]) =>
  prompts.map((prompt, i) => ({ id: `dsi1-${lang}-${String(i + 1).padStart(2, "0")}`, prompt, category: `identity-${lang}` })),
);
