import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A real HTTP server on loopback speaking the providers' protocols, for tests and the bench: OpenAI chat
// completions (streaming and not), Anthropic Messages and Gemini streamGenerateContent (streaming). It answers
// from texts the test supplies and injects the faults the test asks for: 429 with Retry-After, 500s, slow
// answers, and connections dropped in the middle of a stream. Nothing in the client is mocked.

export type FixtureAnswer = { text: string; reasoning?: string; reasoningInline?: boolean };
export type Fault = { kind: "429"; retryAfterSeconds?: number } | { kind: "500" } | { kind: "slow"; delayMs: number } | { kind: "drop"; afterChunks?: number } | { kind: "status"; status: number; body: string };

export type FakeServerOptions = {
  /** The answer to a prompt (the last user message). */
  answer: (prompt: string) => FixtureAnswer;
  /** A fault for this request, given how many times this prompt was asked before (0 on the first). */
  fault?: (request: { prompt: string; attempt: number; n: number }) => Fault | null | undefined;
  /** The key every request must carry; a wrong one gets a 401 whose body echoes it shortened, as providers do. */
  apiKey?: string;
  port?: number;
  /** Characters per streamed chunk. */
  chunkChars?: number;
  chunkDelayMs?: number;
};

export type FakeModelServer = {
  url: string; // http://127.0.0.1:port
  port: number;
  /** Requests received per prompt. */
  asked: Map<string, number>;
  /** Answers streamed to their end per prompt (a dropped or failed request does not count). */
  completed: Map<string, number>;
  /** When each request for a prompt arrived (ms since epoch), in order. */
  askedAt: Map<string, number[]>;
  requests: number;
  close(): Promise<void>;
};

export async function startFakeModelServer(options: FakeServerOptions): Promise<FakeModelServer> {
  const asked = new Map<string, number>();
  const completed = new Map<string, number>();
  const askedAt = new Map<string, number[]>();
  const state = { requests: 0 };
  const sockets = new Set<import("node:net").Socket>();
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: String(error) } }));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const body = req.method === "POST" ? JSON.parse((await readBody(req)) || "{}") : {};
    const protocol = url.pathname.endsWith("/chat/completions") ? "openai" : url.pathname.endsWith("/messages") ? "anthropic" : url.pathname.includes(":streamGenerateContent") ? "gemini" : null;
    if (!protocol) return json(res, 404, { error: { message: `No route ${req.method} ${url.pathname}`, type: "invalid_request_error" } });
    const key = protocol === "openai" ? req.headers.authorization?.replace(/^Bearer\s+/i, "") : protocol === "anthropic" ? req.headers["x-api-key"] : req.headers["x-goog-api-key"];
    if (options.apiKey !== undefined && key !== options.apiKey) {
      const shown = typeof key === "string" && key.length > 8 ? `${key.slice(0, 6)}***${key.slice(-4)}` : String(key);
      return json(res, 401, { error: { message: `Incorrect API key provided: ${shown}.`, type: "invalid_request_error", code: "invalid_api_key" } });
    }
    const prompt = promptOf(protocol, body);
    // A request its client abandoned before we got to it (a loaded machine) was never asked of the "model".
    if (req.socket.destroyed) return;
    state.requests += 1;
    const attempt = asked.get(prompt) ?? 0;
    asked.set(prompt, attempt + 1);
    askedAt.set(prompt, [...(askedAt.get(prompt) ?? []), Date.now()]);
    const fault = options.fault?.({ prompt, attempt, n: state.requests }) ?? null;
    if (fault?.kind === "429") {
      res.writeHead(429, { "content-type": "application/json", ...(fault.retryAfterSeconds !== undefined ? { "retry-after": String(fault.retryAfterSeconds) } : {}) });
      return void res.end(JSON.stringify({ error: { message: "Rate limit reached for requests", type: "rate_limit_error" } }));
    }
    if (fault?.kind === "500") return json(res, 500, { error: { message: "The server had an error while processing your request.", type: "server_error" } });
    if (fault?.kind === "status") {
      res.writeHead(fault.status, { "content-type": "application/json" });
      return void res.end(fault.body);
    }
    if (fault?.kind === "slow") await sleep(fault.delayMs);
    if (res.destroyed || req.socket.destroyed) return; // the client gave up while we were slow
    const answer = options.answer(prompt);
    const stream = protocol !== "openai" || body.stream === true;
    const pieces = chunk(answer.reasoningInline && answer.reasoning ? `<think>${answer.reasoning}</think>${answer.text}` : answer.text, options.chunkChars ?? 24);
    const reasoningPieces = answer.reasoning && !answer.reasoningInline ? chunk(answer.reasoning, options.chunkChars ?? 24) : [];
    const dropAfter = fault?.kind === "drop" ? (fault.afterChunks ?? 1) : Infinity;
    // Counted only when the whole answer went out on a live connection (not to a client that gave up).
    res.once("finish", () => completed.set(prompt, (completed.get(prompt) ?? 0) + 1));
    const usage = { input: Math.ceil(prompt.length / 4), output: Math.ceil((answer.text.length + (answer.reasoning?.length ?? 0)) / 4) };
    if (!stream) {
      json(res, 200, {
        id: "chatcmpl-fake",
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: "assistant", content: pieces.join(""), ...(reasoningPieces.length ? { reasoning_content: answer.reasoning } : {}) }, finish_reason: "stop" }],
        usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output },
      });
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const events = protocol === "openai" ? openaiEvents(body, pieces, reasoningPieces, usage) : protocol === "anthropic" ? anthropicEvents(body, pieces, reasoningPieces, usage) : geminiEvents(pieces, reasoningPieces, usage);
    let sent = 0;
    for (const event of events) {
      if (res.destroyed) return;
      if (sent >= dropAfter) {
        res.socket?.destroy(); // the connection drops mid-answer
        return;
      }
      res.write(event);
      sent += 1;
      if (options.chunkDelayMs) await sleep(options.chunkDelayMs);
    }
    res.end();
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    asked,
    completed,
    askedAt,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function openaiEvents(body: { model?: string; stream_options?: { include_usage?: boolean } }, pieces: string[], reasoning: string[], usage: { input: number; output: number }): string[] {
  const base = { id: "chatcmpl-fake", object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model: body.model };
  const data = (v: unknown) => `data: ${JSON.stringify(v)}\n\n`;
  const events = [data({ ...base, choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] })];
  for (const r of reasoning) events.push(data({ ...base, choices: [{ index: 0, delta: { reasoning_content: r }, finish_reason: null }] }));
  for (const p of pieces) events.push(data({ ...base, choices: [{ index: 0, delta: { content: p }, finish_reason: null }] }));
  events.push(data({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }));
  if (body.stream_options?.include_usage) events.push(data({ ...base, choices: [], usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output } }));
  events.push("data: [DONE]\n\n");
  return events;
}

function anthropicEvents(body: { model?: string }, pieces: string[], reasoning: string[], usage: { input: number; output: number }): string[] {
  const ev = (type: string, v: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...v })}\n\n`;
  const events = [ev("message_start", { message: { id: "msg_fake", type: "message", role: "assistant", model: body.model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: usage.input, output_tokens: 1 } } })];
  let index = 0;
  if (reasoning.length) {
    events.push(ev("content_block_start", { index, content_block: { type: "thinking", thinking: "", signature: "" } }));
    for (const r of reasoning) events.push(ev("content_block_delta", { index, delta: { type: "thinking_delta", thinking: r } }));
    events.push(ev("content_block_delta", { index, delta: { type: "signature_delta", signature: "fake" } }));
    events.push(ev("content_block_stop", { index }));
    index += 1;
  }
  events.push(ev("content_block_start", { index, content_block: { type: "text", text: "" } }));
  for (const p of pieces) events.push(ev("content_block_delta", { index, delta: { type: "text_delta", text: p } }));
  events.push(ev("content_block_stop", { index }));
  events.push(ev("message_delta", { delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: usage.output } }));
  events.push(ev("message_stop", {}));
  return events;
}

function geminiEvents(pieces: string[], reasoning: string[], usage: { input: number; output: number }): string[] {
  const data = (parts: object[], finish?: string) =>
    `data: ${JSON.stringify({
      candidates: [{ content: { parts, role: "model" }, index: 0, ...(finish ? { finishReason: finish } : {}) }],
      usageMetadata: { promptTokenCount: usage.input, candidatesTokenCount: usage.output, totalTokenCount: usage.input + usage.output },
      modelVersion: "fake",
    })}\r\n\r\n`;
  const events = reasoning.map((r) => data([{ text: r, thought: true }]));
  pieces.forEach((p, i) => events.push(data([{ text: p }], i === pieces.length - 1 ? "STOP" : undefined)));
  if (pieces.length === 0) events.push(data([{ text: "" }], "STOP"));
  return events;
}

function promptOf(protocol: "openai" | "anthropic" | "gemini", body: Record<string, unknown>): string {
  const text = (content: unknown): string =>
    typeof content === "string" ? content : Array.isArray(content) ? content.map((c: { text?: string }) => c?.text ?? "").join("") : "";
  if (protocol === "gemini") {
    const contents = (body.contents as { role?: string; parts?: { text?: string }[] }[]) ?? [];
    return text(contents.filter((c) => c.role !== "model").at(-1)?.parts ?? []);
  }
  const messages = (body.messages as { role: string; content: unknown }[]) ?? [];
  return text(messages.filter((m) => m.role === "user").at(-1)?.content);
}

function chunk(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
