import { describe, expect, it } from "vitest";
import { wrapLabel } from "./axis-label";

describe("wrapLabel", () => {
  it("keeps a short name on one line", () => {
    expect(wrapLabel("gpt-4o", 16)).toEqual(["gpt-4o"]);
  });
  it("breaks a model id at its separators, keeping every character when two lines hold it", () => {
    expect(wrapLabel("gpt4_1106_preview", 12)).toEqual(["gpt4_1106_", "preview"]);
    const lines = wrapLabel("Meta-Llama-3-70B-Instruct", 14);
    expect(lines).toHaveLength(2);
    expect(lines.join("")).toBe("Meta-Llama-3-70B-Instruct");
  });
  it("tells two names apart that share a long prefix", () => {
    const a = wrapLabel("Meta-Llama-3-70B-Instruct · classifier", 20);
    const b = wrapLabel("Meta-Llama-3-70B-Instruct · prompt-aligned", 20);
    expect(a[1]).not.toBe(b[1]);
  });
  it("ends in an ellipsis only when two lines cannot hold the name", () => {
    const lines = wrapLabel("a_very_long_model_name_with_many_parts_v2", 12);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
  });
});
