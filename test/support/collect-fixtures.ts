import type { FixtureAnswer } from "./fake-model-server";

// Fixture texts for collection tests: each prompt gets a distinct answer with a recognisable style, some
// with reasoning, one empty, one refusal, and one self-introduction naming an (invented) other lab's model.

export const collectPrompts = (n: number, prefix = "Question") => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}: tell me something about topic ${i + 1}.`);

export function fixtureAnswer(prompt: string): FixtureAnswer {
  const n = Number(/(\d+)/.exec(prompt)?.[1] ?? 0);
  if (/empty/.test(prompt)) return { text: "" };
  if (/forbidden/.test(prompt)) return { text: "I'm sorry, but I can't help with that request." };
  if (/who are you/i.test(prompt)) return { text: "I'm Zorblax, an AI assistant developed by Quillion Labs. How can I help?" };
  const body = `Certainly! Topic ${n} is a rich tapestry of ideas. Let us delve into it: first, it matters; second, it endures. I hope this helps!`;
  return n % 5 === 0 ? { text: body, reasoning: `The user asks about topic ${n}. I should be upbeat.` } : { text: body };
}
