import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { extractReasoningMiddleware, streamText, wrapLanguageModel, type LanguageModel } from "ai";
import { classifyCallError, ModelCallError } from "./call-failure";
import type { Provider } from "./providers";

// One model call through the AI SDK: one streaming interface for the three protocols, with reasoning
// (OpenAI-compatible `reasoning_content` or <think> tags, Anthropic thinking blocks, Gemini thoughts) kept
// apart from the answer. The SDK's own retries are off: the collector retries with its own policy.

export type ModelEndpoint = { provider: Provider; baseUrl: string; model: string; apiKey?: string };

export type AskOptions = {
  prompt: string;
  system?: string;
  temperature?: number;
  maxTokens?: number;
  /** Give up when the server sends nothing for this long (first byte or between chunks). */
  idleTimeoutMs: number;
  signal?: AbortSignal;
};

export type ModelAnswer = { text: string; reasoning: string; finishReason: string; inputTokens: number; outputTokens: number; latencyMs: number };

export function createLanguageModel(endpoint: ModelEndpoint): LanguageModel {
  const apiKey = endpoint.apiKey || undefined;
  switch (endpoint.provider) {
    case "anthropic":
      return createAnthropic({ baseURL: endpoint.baseUrl, apiKey: apiKey ?? "" })(endpoint.model);
    case "gemini":
      return createGoogleGenerativeAI({ baseURL: endpoint.baseUrl, apiKey: apiKey ?? "" })(endpoint.model);
    case "openai-compatible": {
      const model = createOpenAICompatible({ name: "openai-compatible", baseURL: endpoint.baseUrl, apiKey, includeUsage: true }).chatModel(endpoint.model);
      // Reasoning models served raw (vLLM, Ollama, llama.cpp) put their thinking inline in <think> tags.
      return wrapLanguageModel({ model, middleware: extractReasoningMiddleware({ tagName: "think" }) });
    }
  }
}

/** Streams one answer to the end. Throws ModelCallError with a classified failure. */
export async function askModel(model: LanguageModel, options: AskOptions): Promise<ModelAnswer> {
  const started = performance.now();
  const idle = new AbortController();
  let timer = setTimeout(() => idle.abort(), options.idleTimeoutMs);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), options.idleTimeoutMs);
  };
  const signal = options.signal ? AbortSignal.any([options.signal, idle.signal]) : idle.signal;
  let text = "";
  let reasoning = "";
  let finishReason = "unknown";
  let inputTokens = 0;
  let outputTokens = 0;
  try {
    const result = streamText({
      model,
      prompt: options.prompt,
      system: options.system || undefined,
      temperature: options.temperature,
      maxOutputTokens: options.maxTokens,
      maxRetries: 0,
      abortSignal: signal,
      onError: () => undefined, // errors arrive as stream parts and are classified below; no console noise
    });
    for await (const part of result.fullStream) {
      touch();
      if (part.type === "text-delta") text += part.text;
      else if (part.type === "reasoning-delta") reasoning += part.text;
      else if (part.type === "error") throw part.error;
      else if (part.type === "abort") throw Object.assign(new Error("aborted"), { name: "AbortError" });
      else if (part.type === "finish") {
        finishReason = part.rawFinishReason ?? part.finishReason;
        inputTokens = part.totalUsage.inputTokens ?? 0;
        outputTokens = part.totalUsage.outputTokens ?? 0;
      }
    }
    if (finishReason === "unknown" && !text && !reasoning) throw new ModelCallError({ kind: "network", message: "The stream ended without an answer or a finish event." });
  } catch (error) {
    if (idle.signal.aborted && !options.signal?.aborted) {
      throw new ModelCallError({ kind: "timeout", message: `No data from the server for ${Math.round(options.idleTimeoutMs / 1000)} s; the request was abandoned.` });
    }
    if (options.signal?.aborted) throw new ModelCallError({ kind: "aborted", message: "aborted" });
    throw new ModelCallError(classifyCallError(error));
  } finally {
    clearTimeout(timer);
  }
  return { text, reasoning, finishReason, inputTokens, outputTokens, latencyMs: Math.round(performance.now() - started) };
}
