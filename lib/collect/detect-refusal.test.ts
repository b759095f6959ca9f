import { describe, expect, it } from "vitest";
import { isRefusal } from "./detect-refusal";

describe("isRefusal", () => {
  it("recognises stock refusals in several languages", () => {
    for (const text of [
      "I'm sorry, but I can't help with that.",
      "I am sorry, but I cannot provide instructions for that.",
      "I can't assist with that request.",
      "Unfortunately, I cannot share that information.",
      "As an AI developed to be safe, I cannot do this.",
      "抱歉，我无法回答这个问题。",
      "Je suis désolé, mais je ne peux pas vous aider.",
      "Lo siento, pero no puedo ayudar con eso.",
      "Es tut mir leid, aber ich kann dabei nicht helfen.",
    ]) {
      expect(isRefusal(text), text).toBe(true);
    }
  });

  it("does not flag answers that merely mention not being able to do something later on", () => {
    for (const text of [
      "Sure! Here is a poem about the sea.",
      "I'm sorry to hear about your loss. Here are some ways to cope.",
      "The function cannot return null because it checks its input first.",
      "I can help with that. First, preheat the oven.",
    ]) {
      expect(isRefusal(text), text).toBe(false);
    }
  });
});
