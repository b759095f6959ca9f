import { z } from "zod";

// The three protocols a connection can speak. Every OpenAI-compatible server (OpenAI, OpenRouter, Together,
// Fireworks, DeepSeek, vLLM, Ollama, llama.cpp's server…) is a base URL + model id + key.

export const PROVIDERS = ["openai-compatible", "anthropic", "gemini"] as const;
export type Provider = (typeof PROVIDERS)[number];

export const PROVIDER_LABELS: Record<Provider, string> = {
  "openai-compatible": "OpenAI-compatible (chat completions)",
  anthropic: "Anthropic Messages API",
  gemini: "Google Gemini API",
};

export const DEFAULT_BASE_URLS: Record<Provider, string> = {
  "openai-compatible": "https://api.openai.com/v1",
  anthropic: "https://api.anthropic.com/v1",
  gemini: "https://generativelanguage.googleapis.com/v1beta",
};

/** Keys are optional only where local servers (Ollama, llama.cpp, vLLM) run without one. */
export const KEY_REQUIRED: Record<Provider, boolean> = { "openai-compatible": false, anthropic: true, gemini: true };

export const providerSchema = z.enum(PROVIDERS);

export const baseUrlSchema = z
  .string()
  .trim()
  .url("The base URL must be a full URL, e.g. https://api.openai.com/v1 or http://localhost:11434/v1")
  .refine((v) => /^https?:\/\//i.test(v), "The base URL must start with http:// or https://")
  .refine((v) => !new URL(v).username && !new URL(v).password, "Put the key in the key field, not in the URL")
  .transform((v) => v.replace(/\/+$/, ""));

export const modelIdSchema = z.string().trim().min(1, "Give the model id, e.g. gpt-4o-mini").max(200);

/** Base URL without query string (never stored in provenance: some servers take keys there). */
export function publicBaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}
