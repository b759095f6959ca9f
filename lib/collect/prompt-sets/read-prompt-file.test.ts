import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPromptFile } from "./read-prompt-file";

const dir = mkdtempSync(path.join(tmpdir(), "prompt-files-"));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe("readPromptFile", () => {
  it("reads a .txt list, one prompt per line, skipping blanks and exact repeats", async () => {
    const file = write("list.txt", "What is 2+2?\n\n  Write a haiku.  \nWhat is 2+2?\r\nNamed 東京?\n");
    const result = await readPromptFile(file);
    expect(result.prompts.map((p) => p.prompt)).toEqual(["What is 2+2?", "Write a haiku.", "Named 東京?"]);
    expect(result.duplicates).toBe(1);
  });

  it("reads a CSV with a prompt column and keeps its ids", async () => {
    const file = write("prompts.csv", 'id,prompt,notes\np1,"Explain tides, briefly.",x\np2,Name three birds.,y\n');
    const result = await readPromptFile(file);
    expect(result.prompts).toEqual([
      { prompt: "Explain tides, briefly.", promptId: "p1" },
      { prompt: "Name three birds.", promptId: "p2" },
    ]);
  });

  it("reads JSONL instructions, appending the input field as AlpacaEval does", async () => {
    const file = write("alpaca.jsonl", '{"instruction":"Translate","input":"bonjour"}\n{"instruction":"Say hi"}\n');
    const result = await readPromptFile(file);
    expect(result.prompts.map((p) => p.prompt)).toEqual(["Translate\n\nbonjour", "Say hi"]);
  });

  it("takes the instruction of each record from a file the ingest reads (outputs with prompts, chat logs)", async () => {
    const outputs = write("outputs.jsonl", '{"instruction":"Q1","output":"A1","generator":"m"}\n{"instruction":"Q2","output":"A2","generator":"m"}\n');
    expect((await readPromptFile(outputs)).prompts.map((p) => p.prompt)).toEqual(["Q1", "Q2"]);
    const chat = write("chat.jsonl", JSON.stringify({ messages: [{ role: "user", content: "Hello?" }, { role: "assistant", content: "Hi." }] }) + "\n");
    expect((await readPromptFile(chat)).prompts.map((p) => p.prompt)).toEqual(["Hello?"]);
  });

  it("names the file and the missing column when no prompt field exists", async () => {
    const file = write("bad.csv", "a,b\n1,2\n");
    await expect(readPromptFile(file)).rejects.toThrow(/bad\.csv: no column holding the prompts was found \(columns seen: a, b\)/);
  });

  it("names the line of a record without an instruction", async () => {
    const file = write("partial.jsonl", '{"instruction":"Q1","output":"A1"}\n{"output":"A2"}\n');
    await expect(readPromptFile(file)).rejects.toThrow(/partial\.jsonl line 2: this record has no instruction/);
  });

  it("refuses an empty list and a non-UTF-8 one with the line", async () => {
    await expect(readPromptFile(write("empty.txt", "\n\n"))).rejects.toThrow(/holds no prompts/);
    await expect(readPromptFile(write("latin1.txt", Buffer.from([0x6f, 0x6b, 0x0a, 0xe9, 0x74, 0xe9, 0x0a])))).rejects.toThrow(/not valid UTF-8 text \(line 2\)/);
  });
});
