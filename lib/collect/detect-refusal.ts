// A refusal is stored like any answer and counted apart. Refusals open with a small set of stock phrases,
// so only the start of an answer is checked. English plus the languages of the identity probes.

const OPENERS = [
  /^(i['’]m|i am) (sorry|afraid)[,.]? (but )?(i|that)\b[^.]{0,40}\b(can['’]?not|can['’]t|won['’]t|unable|not able)/i,
  /^(sorry|apologies)[,.]? (but )?i\b[^.]{0,30}\b(can['’]?not|can['’]t|won['’]t|unable|not able)/i,
  /^i (can['’]?not|can['’]t|won['’]t|will not|am unable to|['’]m unable to|am not able to|['’]m not able to) (help|assist|provide|comply|do that|fulfil|fulfill|create|write|generate|engage|support|answer|share|give)/i,
  /^(unfortunately|regrettably),? i (can['’]?not|can['’]t|won['’]t|am unable|['’]m unable)/i,
  /^as an ai\b[^.]{0,60}\b(i can['’]?not|i can['’]t|i am unable|i['’]m unable|i am not able|i won['’]t)/i,
  /^(抱歉|对不起|很抱歉|不好意思)[，,]?.{0,12}(无法|不能|不可以)/u,
  /^(申し訳|すみません).{0,20}(できません|お答えできません)/u,
  /^(je suis désolée?|désolée?)[,.]? (mais )?je ne (peux|pourrai) pas/i,
  /^(es tut mir leid|leider)[,.]? (aber )?(ich kann|kann ich) (dabei |das |hier )?(nicht|keine)/i,
  /^lo siento[,.]? (pero )?no (puedo|podré)/i,
  /^(desculpe|sinto muito)[,.]? (mas )?não (posso|consigo)/i,
  /^(извините|к сожалению)[,.]? (но )?я не (могу|смогу)/iu,
];

export function isRefusal(answer: string): boolean {
  const start = answer.trimStart().slice(0, 300).replace(/\s+/g, " ");
  return OPENERS.some((re) => re.test(start));
}
