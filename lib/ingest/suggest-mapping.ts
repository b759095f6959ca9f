import type { FieldMapping } from "@/lib/ingest/types";

// Ordered by preference: the first name present wins.
const RESPONSE_FIELDS = [
  "output", "response", "completion", "model_output", "generation", "answer", "text", "content",
  "generated_text", "reply", "assistant", "target",
];
const PROMPT_FIELDS = ["instruction", "prompt", "question", "query", "input", "user", "human", "user_prompt"];
const PROMPT_ID_FIELDS = ["prompt_id", "question_id", "id", "idx", "uid", "example_id", "sample_id", "custom_id", "qid", "index"];
const MODEL_FIELDS = ["generator", "model", "model_name", "model_id"];

function find(fields: string[], names: string[], taken: Set<string>): string | undefined {
  const byLower = new Map<string, string>();
  for (const field of fields) {
    const lower = field.toLowerCase();
    if (!byLower.has(lower)) byLower.set(lower, field);
  }
  for (const name of names) {
    const field = byLower.get(name);
    if (field !== undefined && !taken.has(field)) return field;
  }
  return undefined;
}

/** Suggest which fields hold the response, prompt, prompt id and model; null when no response field is recognised. */
export function suggestMapping(fields: string[]): FieldMapping | null {
  const taken = new Set<string>();
  const text = find(fields, RESPONSE_FIELDS, taken);
  if (text === undefined) return null;
  taken.add(text);
  const mapping: FieldMapping = { text };

  const prompt = find(fields, PROMPT_FIELDS, taken);
  if (prompt !== undefined) {
    mapping.prompt = prompt;
    taken.add(prompt);
    // AlpacaEval/Alpaca style: `input` complements `instruction`.
    if (prompt.toLowerCase() === "instruction") {
      const input = find(fields, ["input"], taken);
      if (input !== undefined) {
        mapping.promptInput = input;
        taken.add(input);
      }
    }
  }
  const promptId = find(fields, PROMPT_ID_FIELDS, taken);
  if (promptId !== undefined) {
    mapping.promptId = promptId;
    taken.add(promptId);
  }
  const model = find(fields, MODEL_FIELDS, taken);
  if (model !== undefined) mapping.model = model;
  return mapping;
}
