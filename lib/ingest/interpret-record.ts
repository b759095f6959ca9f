// Turns one parsed record (a JSON value or a CSV row) into documents, according to the record format.
import type { FieldMapping, IngestErrorCode, IngestFormat, IngestRecord } from "@/lib/ingest/types";

export type RecordFormat = "records" | "openai-chat" | "openai-batch" | "sharegpt" | "lmsys-chat";
export type Document = Omit<IngestRecord, "source">;
export type Interpreted = { docs: Document[] } | { bad: { code: IngestErrorCode; reason: string } };

type Turn = { role: "user" | "assistant" | "other"; text: string | null };

export function recordFormatOf(format: IngestFormat): RecordFormat {
  if (format === "openai-chat" || format === "openai-batch" || format === "sharegpt" || format === "lmsys-chat") return format;
  return "records";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Which chat format a parsed value looks like, or "records" for a plain record. */
export function classifyValue(value: unknown): RecordFormat | null {
  if (!isObject(value)) return null;
  if (typeof value.custom_id === "string" && ("response" in value || "error" in value)) return "openai-batch";
  if (Array.isArray(value.messages) && value.messages.some((m) => isObject(m) && "role" in m)) return "openai-chat";
  if (Array.isArray(value.conversations) && value.conversations.some((m) => isObject(m) && "from" in m)) return "sharegpt";
  if (Array.isArray(value.conversation) && value.conversation.some((m) => isObject(m) && "role" in m)) return "lmsys-chat";
  return "records";
}

/** Content as a string, or an array of parts ({type: "text", text}) concatenated as they stand. */
function contentText(content: unknown): string | null {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return null;
  const texts = content
    .map((part) => (typeof part === "string" ? part : isObject(part) && typeof part.text === "string" ? part.text : null))
    .filter((text): text is string => text !== null);
  return texts.length === 0 ? null : texts.join("");
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return undefined;
}

function fieldList(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  return keys.length === 0 ? "none" : keys.slice(0, 12).join(", ") + (keys.length > 12 ? ", …" : "");
}

function roleOf(raw: unknown): Turn["role"] {
  const role = typeof raw === "string" ? raw.toLowerCase() : "";
  if (role === "user" || role === "human") return "user";
  if (role === "assistant" || role === "gpt" || role === "chatgpt" || role === "bard" || role === "model" || role === "bot") return "assistant";
  return "other";
}

/** Each assistant turn is a document; its prompt is the last user turn before it. Turn 1 keeps the bare id. */
function turnsToDocs(turns: Turn[], id: string | undefined, model: string | undefined): Document[] {
  const docs: Document[] = [];
  let prompt: string | undefined;
  for (const turn of turns) {
    if (turn.role === "user") prompt = turn.text ?? undefined;
    if (turn.role !== "assistant" || turn.text === null) continue;
    const k = docs.length + 1;
    const doc: Document = { text: turn.text };
    if (prompt !== undefined) doc.prompt = prompt;
    if (id !== undefined) doc.promptId = k === 1 ? id : `${id}:${k}`;
    if (model !== undefined) doc.model = model;
    if (k > 1) doc.meta = { turn: k };
    docs.push(doc);
  }
  return docs;
}

function chat(value: Record<string, unknown>, list: unknown, roleKey: string, textKey: string, idKeys: string[], name: string): Interpreted {
  if (!Array.isArray(list)) return { bad: { code: "no-response-field", reason: `the record has no ${name} list (fields seen: ${fieldList(value)})` } };
  const turns: Turn[] = list.filter(isObject).map((m) => ({ role: roleOf(m[roleKey]), text: contentText(m[textKey]) }));
  const id = idKeys.map((key) => scalarText(value[key])).find((v) => v !== undefined);
  const model = typeof value.model === "string" ? value.model : undefined;
  const docs = turnsToDocs(turns, id, model);
  if (docs.length === 0) return { bad: { code: "no-response-field", reason: "the conversation has no assistant reply" } };
  return { docs };
}

function batch(value: Record<string, unknown>): Interpreted {
  const id = scalarText(value.custom_id);
  if (value.error !== null && value.error !== undefined) {
    const error = value.error;
    const detail = isObject(error) && typeof error.message === "string" ? error.message : JSON.stringify(error);
    return { bad: { code: "no-response-field", reason: `the batch request ${id ?? ""} failed: ${detail}` } };
  }
  const response = isObject(value.response) ? value.response : {};
  const body = isObject(response.body) ? response.body : {};
  const choices = Array.isArray(body.choices) ? body.choices : [];
  const model = typeof body.model === "string" ? body.model : undefined;
  const docs: Document[] = [];
  for (const choice of choices) {
    if (!isObject(choice) || !isObject(choice.message)) continue;
    const text = contentText(choice.message.content);
    if (text === null) continue;
    const doc: Document = { text };
    if (id !== undefined) doc.promptId = id;
    if (model !== undefined) doc.model = model;
    if (choices.length > 1) doc.meta = { choice: typeof choice.index === "number" ? choice.index : docs.length };
    docs.push(doc);
  }
  if (docs.length === 0) {
    const status = typeof response.status_code === "number" ? ` (HTTP ${response.status_code})` : "";
    return { bad: { code: "no-response-field", reason: `the batch response ${id ?? ""} has no message content${status}` } };
  }
  return { docs };
}

const META_MAX_CHARS = 200;

/** What a non-text value is, for messages: "a number (42)", "a list", "empty (null)". */
function describeValue(raw: unknown): string {
  if (raw === null) return "empty (null)";
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint") return `a ${typeof raw === "bigint" ? "number" : typeof raw} (${String(raw).slice(0, 40)})`;
  return Array.isArray(raw) ? "a list" : "an object";
}

function mapped(value: Record<string, unknown>, mapping: FieldMapping): Interpreted {
  const raw = value[mapping.text];
  // A response is text. A number or true/false there is a wrong mapping or a broken record, never a model's
  // answer: refused (by file and line) rather than stored as "42".
  if (typeof raw !== "string") {
    const why = raw === undefined ? `has no "${mapping.text}" field` : `has a "${mapping.text}" field holding ${describeValue(raw)}, not text`;
    return {
      bad: { code: "no-response-field", reason: `the record ${why} (fields seen: ${fieldList(value)}); map the response to a text field, or skip bad records` },
    };
  }
  const text = raw;
  const doc: Document = { text };
  const prompt = mapping.prompt === undefined ? undefined : scalarText(value[mapping.prompt]);
  const input = mapping.promptInput === undefined ? undefined : scalarText(value[mapping.promptInput]);
  if (prompt !== undefined && prompt !== "") doc.prompt = input !== undefined && input !== "" ? `${prompt}\n\n${input}` : prompt;
  else if (input !== undefined && input !== "") doc.prompt = input;
  const promptId = mapping.promptId === undefined ? undefined : scalarText(value[mapping.promptId]);
  if (promptId !== undefined && promptId !== "") doc.promptId = promptId;
  const model = mapping.model === undefined ? undefined : scalarText(value[mapping.model]);
  if (model !== undefined && model !== "") doc.model = model;

  // Small scalar extras (dataset, split, …) ride along as source metadata.
  const used = new Set(Object.values(mapping));
  const meta: Record<string, unknown> = {};
  for (const [key, extra] of Object.entries(value)) {
    if (used.has(key)) continue;
    if (typeof extra === "number" || typeof extra === "boolean" || (typeof extra === "string" && extra.length <= META_MAX_CHARS)) meta[key] = extra;
  }
  if (Object.keys(meta).length > 0) doc.meta = meta;
  return { docs: [doc] };
}

export function interpretRecord(value: unknown, format: RecordFormat, mapping: FieldMapping | null): Interpreted {
  if (!isObject(value)) {
    return { bad: { code: "no-response-field", reason: `the record is ${Array.isArray(value) ? "an array" : "not an object"}, not a record with fields` } };
  }
  switch (format) {
    case "openai-chat":
      return chat(value, value.messages, "role", "content", ["id", "conversation_id", "custom_id"], "messages");
    case "lmsys-chat":
      return chat(value, value.conversation, "role", "content", ["conversation_id", "id"], "conversation");
    case "sharegpt":
      return chat(value, value.conversations, "from", "value", ["id", "conversation_id"], "conversations");
    case "openai-batch":
      return batch(value);
    case "records":
      if (mapping === null) return { bad: { code: "no-response-field", reason: `no response field recognised (fields seen: ${fieldList(value)})` } };
      return mapped(value, mapping);
  }
}
