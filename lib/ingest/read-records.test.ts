import { describe, expect, it } from "vitest";
import { collect, fixture } from "@/lib/ingest/test-helpers";
import type { SkippedRecord } from "@/lib/ingest/types";

describe("readRecords: formats", () => {
  it("reads a pretty-printed JSON array of AlpacaEval-style records, prompt = instruction (+ input)", async () => {
    const records = await collect(fixture("alpaca-style.json"));
    expect(records.map((r) => r.text)).toEqual([
      "Red, yellow and blue are the traditional primary colours.",
      "Le chat dort.",
      '  Leading spaces, a tab\there, braces {} ] [ and a quote " stay exactly as written.\n',
    ]);
    expect(records[1].prompt).toBe("Translate the sentence into French.\n\nThe cat sleeps.");
    expect(records[0].prompt).toBe("Name three primary colours.");
    expect(records.every((r) => r.model === "tiny-model")).toBe(true);
    expect(records.map((r) => r.source)).toEqual([
      { file: "alpaca-style.json", line: 2, record: 1 },
      { file: "alpaca-style.json", line: 8, record: 2 },
      { file: "alpaca-style.json", line: 15, record: 3 },
    ]);
    expect(records[0].meta).toEqual({ dataset: "helpful_base" });
  });

  it("reads JSONL with blank lines, numeric ids and extra fields", async () => {
    const records = await collect(fixture("records.jsonl"), { displayName: "upload.jsonl" });
    expect(records).toHaveLength(3);
    expect(records[1]).toMatchObject({ text: "Paris — of course. Café ☕", prompt: "Capital of France?", promptId: "q2", model: "model-b" });
    expect(records[2]).toMatchObject({ text: "Hi!\nHow are you?", promptId: "3", meta: { temperature: 0.7 } });
    expect(records.map((r) => r.source.line)).toEqual([1, 3, 4]);
    expect(records[0].source.file).toBe("upload.jsonl");
  });

  it("reads a {\"data\": [...]} wrapper and a minified one-line array", async () => {
    const wrapped = await collect(fixture("wrapped.json"));
    expect(wrapped.map((r) => [r.prompt, r.text])).toEqual([
      ["Why is the sky blue?", "Rayleigh scattering."],
      ["Why is grass green?", "Chlorophyll."],
    ]);
    const minified = await collect(fixture("minified.json"));
    expect(minified.map((r) => [r.promptId, r.text])).toEqual([
      ["a", "one"],
      ["b", "two, with ] and } inside"],
      ["c", "three"],
    ]);
  });

  it("reads OpenAI chat: each assistant turn a document, the user turn before it the prompt", async () => {
    const records = await collect(fixture("openai-chat.jsonl"));
    expect(records.map(({ text, prompt, promptId, model }) => ({ text, prompt, promptId, model }))).toEqual([
      { text: "Hi there!", prompt: "Hello", promptId: "conv1", model: "gpt-test" },
      { text: "Why did the chicken cross the road?", prompt: "Tell me a joke", promptId: "conv1:2", model: "gpt-test" },
      { text: "Second reply", prompt: "Second conversation", promptId: undefined, model: undefined },
    ]);
    expect(records[2].source).toEqual({ file: "openai-chat.jsonl", line: 2, record: 2 });
  });

  it("reads a single pretty-printed chat object", async () => {
    const records = await collect(fixture("chat-single.json"));
    expect(records).toEqual([
      { text: "Yes, a single object.", prompt: "Pretty printed?", promptId: "single-1", source: { file: "chat-single.json", line: 1, record: 1 } },
    ]);
  });

  it("reads OpenAI Batch output; a line with an error is a bad record", async () => {
    const skipped: SkippedRecord[] = [];
    const records = await collect(fixture("openai-batch.jsonl"), { skipBadRecords: true, skipped });
    expect(records.map(({ text, promptId, model }) => ({ text, promptId, model }))).toEqual([
      { text: "Answer one.", promptId: "task-1", model: "gpt-4o-mini-2024-07-18" },
      { text: "Answer three.", promptId: "task-3", model: "gpt-4o-mini-2024-07-18" },
    ]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ file: "openai-batch.jsonl", line: 2, code: "no-response-field" });
    expect(skipped[0].reason).toContain("Rate limit reached");
  });

  it("reads ShareGPT: gpt turns, prompt = preceding human turn, id as prompt id prefix, system ignored", async () => {
    const records = await collect(fixture("sharegpt.json"));
    expect(records.map(({ text, prompt, promptId }) => ({ text, prompt, promptId }))).toEqual([
      { text: "A three-line poem of 5, 7 and 5 syllables.", prompt: "What is a haiku?", promptId: "sg-1" },
      { text: "Autumn moonlight—\na worm digs silently\ninto the chestnut.", prompt: "Write one.", promptId: "sg-1:2" },
      { text: "Hello!", prompt: "Hi", promptId: "sg-2" },
    ]);
  });

  it("reads LMSYS-Chat with the model and conversation id", async () => {
    const records = await collect(fixture("lmsys.jsonl"));
    expect(records.map(({ text, prompt, promptId, model }) => ({ text, prompt, promptId, model }))).toEqual([
      { text: "A measure of disorder.", prompt: "Define entropy.", promptId: "c-001", model: "vicuna-13b" },
      { text: "Hi, how can I help?", prompt: "Hello", promptId: "c-002", model: "koala-13b" },
    ]);
  });

  it("reads CSV (quoted commas, newlines, doubled quotes, CRLF) with the suggested mapping", async () => {
    const records = await collect(fixture("responses.csv"));
    expect(records.map(({ text, prompt, promptId, model }) => ({ text, prompt, promptId, model }))).toEqual([
      { text: "Two, obviously.", prompt: "What is 1+1?", promptId: "q1", model: "model-x" },
      { text: "Roses are red,\r\nviolets are blue", prompt: "Say a poem", promptId: "q2", model: "model-y" },
      { text: 'He said "hi".', prompt: "Empty prompt?", promptId: "q3", model: "model-x" },
    ]);
  });

  it("reads TSV, and honours a user mapping over the suggestion", async () => {
    const suggested = await collect(fixture("responses.tsv"));
    expect(suggested.map((r) => [r.text, r.prompt, r.model])).toEqual([
      ["First output", "First prompt", "m1"],
      ["Second, with comma", "Second prompt", "m2"],
    ]);
    const swapped = await collect(fixture("responses.tsv"), { mapping: { text: "prompt", prompt: "output" } });
    expect(swapped.map((r) => [r.text, r.prompt, r.model])).toEqual([
      ["First prompt", "First output", undefined],
      ["Second prompt", "Second, with comma", undefined],
    ]);
  });

  it("reads .md and .txt as one verbatim document each, named by the file", async () => {
    const md = await collect(fixture("note.md"));
    expect(md).toEqual([
      {
        text: "# A note\n\nThis whole file is **one** document.\n\n- item one\n- item two\n",
        promptId: "note",
        source: { file: "note.md", record: 1 },
      },
    ]);
    const txt = await collect(fixture("note.txt"));
    expect(txt.map((r) => r.text)).toEqual(["Plain text.\nSecond line, no trailing newline."]);
  });

  it("lets the user override the format", async () => {
    const records = await collect(fixture("records.jsonl"), { format: "text" });
    expect(records).toHaveLength(1);
    expect(records[0].text.startsWith('{"id": "q1"')).toBe(true);
  });
});
