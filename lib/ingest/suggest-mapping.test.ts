import { describe, expect, it } from "vitest";
import { suggestMapping } from "@/lib/ingest/suggest-mapping";

describe("suggestMapping", () => {
  it("maps AlpacaEval fields, with input as the prompt's second part", () => {
    expect(suggestMapping(["dataset", "instruction", "output", "generator"])).toEqual({ text: "output", prompt: "instruction", model: "generator" });
    expect(suggestMapping(["instruction", "input", "output"])).toEqual({ text: "output", prompt: "instruction", promptInput: "input" });
  });

  it("is case-insensitive and returns the field names as written", () => {
    expect(suggestMapping(["Question_ID", "Question", "Answer", "Model_Name"])).toEqual({
      text: "Answer",
      prompt: "Question",
      promptId: "Question_ID",
      model: "Model_Name",
    });
  });

  it("prefers the listed order and never maps one field twice", () => {
    expect(suggestMapping(["text", "completion", "prompt", "id"])).toEqual({ text: "completion", prompt: "prompt", promptId: "id" });
    expect(suggestMapping(["input", "output"])).toEqual({ text: "output", prompt: "input" });
    expect(suggestMapping(["query", "response", "uid", "model"])).toEqual({ text: "response", prompt: "query", promptId: "uid", model: "model" });
  });

  it("returns null without a response field", () => {
    expect(suggestMapping(["foo", "bar", "prompt"])).toBeNull();
    expect(suggestMapping([])).toBeNull();
  });
});
