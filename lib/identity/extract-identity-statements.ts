// Self-identification statements ("I am X", "I'm X, a model developed by Y", "as an AI trained by Z") found
// with patterns, never with a list of model names: a name is what stands where a name stands. A statement
// counts only in a sentence that speaks of itself (first person, or "as an AI…") and of being an AI (model,
// assistant, chatbot, "developed by"), so "Kevlar was developed by DuPont" and role-play are left out.

export type IdentityStatement = { name: string | null; maker: string | null; snippet: string };

// A name: capitalised or numbered tokens (ChatGPT, GPT-4, Claude 3 Opus, Qwen2.5, DeepSeek-V3), at most four.
// A dot stays inside a token only between characters (Qwen2.5, v1.5), never at its end.
const TOKEN = String.raw`[A-Z0-9][\w+-]*(?:\.[\w+-]+)*`;
const NAME = String.raw`(${TOKEN}(?:[ -](?:${TOKEN}|v\d[\w+-]*(?:\.[\w+-]+)*)){0,3})`;
const CYR_TOKEN = String.raw`[A-ZА-ЯЁ0-9][\wА-Яа-яЁё+-]*(?:\.[\wА-Яа-яЁё+-]+)*`;
const CYR_OR_LATIN_NAME = String.raw`(${CYR_TOKEN}(?:[ -]${CYR_TOKEN}){0,3})`;
// A maker: "OpenAI", "Google DeepMind", "Alibaba Cloud", "the Qwen team", "researchers at Meta AI".
const MAKER_TOKEN = String.raw`[A-ZА-ЯЁ0-9&][\wА-Яа-яЁё&+'-]*(?:\.[\wА-Яа-яЁё&+'-]+)*`;
const MAKER = String.raw`(?:the |la |le |l'|die |der |el |a |o |компанией )?(?:(?:team|researchers|engineers|folks|people|équipe|équipes|Team|equipo|equipe) (?:at|from|of|de|von|do|da|del|chez) )?(${MAKER_TOKEN}(?: (?:${MAKER_TOKEN}|de|of)){0,4})`;

/**
 * `needs`: literals every match contains, as groups: one literal of each group. A rule whose text lacks
 * them is not run. Only short lists: each absent literal is a scan of the whole text, and past a few of them
 * the pattern's own scan was cheaper (12 AlpacaEval corpora: 267 ms unguarded, 220 all guarded, 175 so).
 */
type Rule = { re: RegExp; role: "name" | "maker"; needs?: string[][] };

const RULES: Rule[] = [
  // English
  { role: "name", needs: [["I am", "I'm", "I’m", "y name is", "all me", "I go by"]], re: new RegExp(String.raw`\b(?:I am|I['’]m|[Mm]y name is|I am called|I['’]m called|[Cc]all me|I am known as|I['’]m known as|I go by)\s+(?:called\s+|named\s+)?${NAME}`, "g") },
  { role: "name", needs: [["called", "named", "known as"]], re: new RegExp(String.raw`\b(?:model|assistant|AI|chatbot|LLM|bot)\s+(?:called|named|known as)\s+${NAME}`, "g") },
  { role: "maker", re: new RegExp(String.raw`\b(?:developed|created|made|built|trained|designed|programmed|released|owned|fine-tuned|finetuned|brought to you)\s+by\s+${MAKER}`, "g") },
  { role: "maker", re: new RegExp(String.raw`\b(?:model|assistant|AI|chatbot|LLM)\s+from\s+${MAKER}`, "g") },
  // French, Spanish, Portuguese, Italian, German
  { role: "name", re: new RegExp(String.raw`\b(?:[Jj]e suis|[Jj]e m['’]appelle|[Ss]oy|[Mm]e llamo|[Ss]ou|[Ee]u sou|[Mm]e chamo|[Ss]ono|[Mm]i chiamo|[Ii]ch bin|[Ii]ch heiße)\s+${NAME}`, "g") },
  {
    role: "maker",
    re: new RegExp(
      String.raw`\b(?:développée?|créée?|entraînée?|conçue?|desarrollad[oa]|cread[oa]|entrenad[oa]|desenvolvid[oa]|criad[oa]|treinad[oa]|sviluppat[oa]|creat[oa]|addestrat[oa]|entwickelt|trainiert|erstellt)\s+(?:par|por|pela|pelo|da|dalla|dal|von)\s+${MAKER}`,
      "g",
    ),
  },
  { role: "maker", needs: [["von"]], re: new RegExp(String.raw`\bvon\s+${MAKER}\s+(?:entwickelt|trainiert|erstellt)`, "g") },
  // Russian
  { role: "name", needs: [["Я", "я"]], re: new RegExp(String.raw`(?:^|[\s«"])(?:Я|я)\s*(?:—|–|-)?\s*${CYR_OR_LATIN_NAME}`, "g") },
  { role: "maker", needs: [["разработан", "создан", "обучен"]], re: new RegExp(String.raw`(?:разработан[а-яё]*|создан[а-яё]*|обучен[а-яё]*)\s+(?:компанией\s+|командой\s+)?${CYR_OR_LATIN_NAME}`, "g") },
  // Chinese, Japanese: names and makers end at punctuation or at the verb.
  { role: "name", needs: [["我是", "我叫", "我的名字是"]], re: /(?:我是|我叫|我的名字是)(?!一个|一款|一名|一種|一种|由|您|你|人工智能|AI助手)([A-Za-z0-9\u3400-\u9fff.\- ]{1,24}?)(?=[，,。.！!、（(]|\s*[,，]|，|是|$)/gu },
  { role: "maker", needs: [["由"]], re: /由([A-Za-z0-9\u3400-\u9fff.\- ]{1,24}?)(?:公司|团队|團隊)?(?:开发|研发|開發|训练|訓練|创建|創建|打造|推出|构建)/gu },
  { role: "name", needs: [["私は"]], re: /私は([A-Za-z0-9\u3040-\u30ff\u3400-\u9fff.\- ]{1,24}?)(?:です|と申します|と呼ばれ)/gu },
  { role: "maker", needs: [["開発", "作成", "訓練", "トレーニング"]], re: /([A-Za-z0-9\u30a0-\u30ff\u3400-\u9fff.\- ]{1,24}?)(?:によって|が)(?:開発|作成|訓練|トレーニング)/gu },
];

// The sentence must speak of an AI…
const AI_WORDS = new RegExp(
  [
    String.raw`\b(?:AI|A\.I\.|IA|KI|LLM|ИИ)\b`,
    String.raw`\b(?:[Aa]rtificial intelligence|[Aa]ssistant|[Ll]anguage model|[Mm]odel|[Cc]hatbot|[Cc]hat bot|[Bb]ot|[Nn]eural network|[Ii]ntelligence artificielle|[Mm]odèle|[Aa]ssistante|[Aa]sistente|[Mm]odelo|[Aa]ssistente|[Mm]odello|[Ss]prachmodell|[Aa]ssistent)`,
    "[Мм]одел[а-яё]*|[Аа]ссистент|[Нн]ейросет|人工智能|模型|助手|助理|アシスタント|モデル|言語モデル",
  ].join("|"),
  "u",
);
// (a name may also be followed by its maker: "I'm Orrin, developed by…")
const NAME_CONTEXT = new RegExp(`${AI_WORDS.source}|\\b(?:developed|trained|created|built|made) by\\b`, "u");
// …and of itself.
const SELF = /\b(?:I|I['’]m|I['’]ve|[Mm]e|[Mm]y|[Mm]yself|[Aa]s an AI|[Jj]e|[Jj]['’]|[Mm]oi|[Yy]o|[Ss]oy|[Ee]u|[Ss]ou|[Ii]o|[Ss]ono|[Ii]ch|[Mm]ich|[Mm]ein)\b|(?:^|\s)(?:Я|я|меня|мне)(?:\s|$|[,—–-])|我|私/u;

// Capitalised words that open a phrase but name nothing (plain English / the other languages' equivalents).
const NOT_A_NAME = new Set(
  (
    "a an the i ai it this that here there not just so very also still now sorry happy glad able unable afraid ready sure always only currently designed trained developed created built programmed " +
    "assistant model language chatbot bot llm an ai assistant large virtual digital your you one uno una um uma un une ein eine da de la el le der die das is am are was were we they he she " +
    "un modelo un assistant unable here to help capable sorry afraid ok okay yes no hello hi thank thanks please as an of in on for with"
  ).split(" "),
);

const TRAILING_FILLER = new Set(["a", "an", "the", "i", "de", "of", "la", "le", "el", "der", "die", "das"]);

const SENTENCE_END = /[.!?。！？\n]/;

export function extractIdentityStatements(text: string): IdentityStatement[] {
  if (!quickCheck(text)) return [];
  const bySentence = new Map<number, IdentityStatement>();
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.every((group) => group.some((literal) => text.includes(literal)))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const value = cleanValue(m[1]);
      if (!value) continue;
      if (insideQuotation(text, m.index)) continue;
      const [start, end] = sentenceAround(text, m.index);
      const sentence = text.slice(start, end);
      if (!speaksOfItself(text, rule.role, start, end)) continue;
      const statement = bySentence.get(start) ?? { name: null, maker: null, snippet: snippetOf(sentence) };
      if (rule.role === "name" && !statement.name && !(statement.maker && sameValue(statement.maker, value))) statement.name = value;
      if (rule.role === "maker" && !statement.maker && !(statement.name && sameValue(statement.name, value))) statement.maker = value;
      bySentence.set(start, statement);
    }
  }
  return [...bySentence.values()];
}

/**
 * A name sentence may take its AI context from the next one ("I'm Pebble. I'm an AI assistant…"); a maker
 * sentence may take its first person from the previous one ("私はミラです。…によって開発されたAIです。"),
 * but must itself speak of an AI, so "I like TypeScript. It was developed by Microsoft." is left out.
 */
function speaksOfItself(text: string, role: "name" | "maker", start: number, end: number): boolean {
  const sentence = text.slice(start, end);
  if (role === "name") {
    const next = end < text.length ? text.slice(end, sentenceAround(text, end)[1]) : "";
    return SELF.test(sentence) && NAME_CONTEXT.test(sentence + " " + next);
  }
  const previous = start > 1 ? text.slice(sentenceAround(text, start - 2)[0], start) : "";
  return AI_WORDS.test(sentence) && (SELF.test(sentence) || SELF.test(previous));
}

/**
 * Most documents say nothing of themselves: two cheap scans rule them out before the patterns run. The AI
 * context first: three in four AlpacaEval answers lack it, while most have a "by" or "from".
 */
const QUICK = /\b(?:I am|I['’]m|name is|call me|by|from|called|named|je|soy|sou|sono|ich|von|par|por|da)\b|我是|我叫|由|私は|によって|Я|разработан|создан|обучен/iu;
function quickCheck(text: string): boolean {
  return NAME_CONTEXT.test(text) && QUICK.test(text);
}

function cleanValue(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim().replace(/[\s.,;:!?'’"”)\]-]+$/u, "").replace(/^['’"“(]+/u, "");
  // Trailing possessives and generic heads: "OpenAI's" → "OpenAI"; "Anthropic Inc" stays.
  value = value.replace(/['’]s$/u, "");
  const words = value.split(/\s+/);
  // Only articles and pronouns come off the end: "Open Assistant" and "Northwind AI" are whole names.
  while (words.length && TRAILING_FILLER.has(words[words.length - 1].toLowerCase())) words.pop();
  while (words.length && NOT_A_NAME.has(words[0].toLowerCase())) words.shift();
  value = words.join(" ");
  if (value.length < 2 || value.length > 40) return null;
  if (/^\d+$/.test(value)) return null;
  return value;
}

/** "I am Gandalf," said the wizard: a character speaking inside a story's quotation marks is not the model. */
function insideQuotation(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 300), index);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = before.lastIndexOf("“") > before.lastIndexOf("”") || before.lastIndexOf("«") > before.lastIndexOf("»") || before.lastIndexOf("「") > before.lastIndexOf("」");
  return straight % 2 === 1 || opened;
}

function sameValue(a: string, b: string): boolean {
  return normalizeIdentity(a) === normalizeIdentity(b);
}

/** Grouping key: case, spacing and punctuation folded ("Chat GPT", "chatgpt" → "chatgpt"). */
export function normalizeIdentity(value: string): string {
  return value.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function sentenceAround(text: string, index: number): [number, number] {
  let start = index;
  while (start > 0 && index - start < 400 && !SENTENCE_END.test(text[start - 1])) start -= 1;
  let end = index;
  while (end < text.length && end - index < 400 && !SENTENCE_END.test(text[end])) end += 1;
  // "Dr." and "v1.5" do not end sentences: a dot followed by a non-space continues.
  while (end < text.length - 1 && text[end] === "." && /\S/.test(text[end + 1])) {
    end += 1;
    while (end < text.length && end - index < 400 && !SENTENCE_END.test(text[end])) end += 1;
  }
  return [start, Math.min(text.length, end + 1)];
}

function snippetOf(sentence: string): string {
  const clean = sentence.replace(/\s+/g, " ").trim();
  return clean.length <= 240 ? clean : clean.slice(0, 239) + "…";
}
