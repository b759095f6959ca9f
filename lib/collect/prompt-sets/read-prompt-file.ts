import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";
import { detectFormat } from "@/lib/ingest/detect-format";
import { IngestError } from "@/lib/ingest/ingest-error";
import { readRecords } from "@/lib/ingest/read-records";
import type { FieldMapping } from "@/lib/ingest/types";

// A prompt list from a file: .txt is one prompt per line; a CSV/TSV/JSONL/JSON of prompts needs a column
// or field named like a prompt (prompt, instruction, question…); any other file the ingest reads (OpenAI
// chat, ShareGPT, LMSYS, AlpacaEval outputs…) gives the instruction of each record.

export type PromptItem = { prompt: string; promptId: string | null };
export type PromptFile = { prompts: PromptItem[]; format: string; duplicates: number };

const PROMPT_FIELDS = ["prompt", "instruction", "question", "query", "input", "user", "human", "user_prompt", "text", "content", "message"];
const ID_FIELDS = ["prompt_id", "question_id", "id", "idx", "uid", "example_id", "custom_id", "qid"];
export const MAX_PROMPTS = 100_000;
const MAX_PROMPT_CHARS = 200_000;

export async function readPromptFile(filePath: string, displayName = path.basename(filePath)): Promise<PromptFile> {
  const isText = /\.txt$/i.test(displayName);
  const { items, format } = isText ? { items: await readLines(filePath, displayName), format: "text lines" } : await readStructured(filePath, displayName);
  const seen = new Set<string>();
  const prompts: PromptItem[] = [];
  for (const item of items) {
    const key = item.promptId ?? item.prompt;
    if (seen.has(key)) continue;
    seen.add(key);
    prompts.push(item);
  }
  if (prompts.length === 0) throw new IngestError("empty-file", displayName, `${displayName} holds no prompts. A .txt file needs one prompt per line.`);
  return { prompts, format, duplicates: items.length - prompts.length };
}

async function readLines(filePath: string, file: string): Promise<PromptItem[]> {
  const items: PromptItem[] = [];
  let line = 0;
  const lines = createInterface({ input: createReadStream(filePath), crlfDelay: Infinity });
  for await (const raw of lines) {
    line += 1;
    // readline decodes bad bytes to U+FFFD: report the line instead of storing mangled prompts.
    if (raw.includes("\uFFFD")) {
      throw new IngestError("not-utf8", file, `${file} is not valid UTF-8 text (line ${line}). Save it as UTF-8 and upload it again.`, { lines: [line], count: 1 });
    }
    const prompt = raw.trim();
    if (!prompt) continue;
    checkPrompt(prompt, file, line, items.length);
    items.push({ prompt, promptId: null });
  }
  return items;
}

async function readStructured(filePath: string, file: string): Promise<{ items: PromptItem[]; format: string }> {
  const detected = await detectFormat(filePath, file);
  if (detected.format === "text") {
    throw new IngestError("unknown-format", file, `${file} is plain text: name it .txt to read one prompt per line, or upload CSV/JSONL with a "prompt" column.`);
  }
  const mapping = promptMapping(detected.fields, detected.mapping);
  if ((detected.format === "jsonl" || detected.format === "json-array" || detected.format === "csv" || detected.format === "tsv") && !mapping) {
    const kind = detected.format === "csv" || detected.format === "tsv" ? "column" : "field";
    throw new IngestError(
      "bad-mapping",
      file,
      `${file}: no ${kind} holding the prompts was found (${kind}s seen: ${detected.fields.join(", ") || "none"}). Name it "prompt", "instruction" or "question".`,
    );
  }
  const items: PromptItem[] = [];
  for await (const record of readRecords(filePath, { displayName: file, mapping: mapping ?? undefined })) {
    const where = record.source.line ?? record.source.record ?? items.length + 1;
    const prompt = (record.prompt ?? "").trim();
    if (!prompt) {
      throw new IngestError("bad-mapping", record.source.file, `${record.source.file} line ${where}: this record has no instruction (prompt). Every record of a prompt list needs one.`, {
        lines: [where],
        count: 1,
      });
    }
    checkPrompt(prompt, record.source.file, where, items.length);
    items.push({ prompt, promptId: record.promptId?.trim() || null });
  }
  return { items, format: detected.format };
}

/** Prompt-only tables have no response column: the prompt column stands in as the record text. */
function promptMapping(fields: string[], suggested: FieldMapping | null): FieldMapping | null {
  if (suggested?.prompt) return suggested;
  const byLower = new Map(fields.map((f) => [f.toLowerCase(), f]));
  const promptField = PROMPT_FIELDS.map((n) => byLower.get(n)).find((f) => f !== undefined);
  if (!promptField) return null;
  const idField = ID_FIELDS.map((n) => byLower.get(n)).find((f) => f !== undefined);
  const input = promptField.toLowerCase() === "instruction" ? byLower.get("input") : undefined;
  return { text: promptField, prompt: promptField, ...(input ? { promptInput: input } : {}), ...(idField ? { promptId: idField } : {}) };
}

function checkPrompt(prompt: string, file: string, line: number, count: number): void {
  if (prompt.length > MAX_PROMPT_CHARS) {
    throw new IngestError("bad-mapping", file, `${file} line ${line}: the prompt is ${prompt.length} characters long (at most ${MAX_PROMPT_CHARS}).`, { lines: [line], count: 1 });
  }
  if (count >= MAX_PROMPTS) throw new IngestError("file-too-large", file, `${file} holds more than ${MAX_PROMPTS} prompts. Split it into smaller lists.`);
}
