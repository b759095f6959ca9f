import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeModelServer, type Fault, type FakeModelServer } from "@/test/support/fake-model-server";
import { redactKey } from "./api-key-cipher";
import { askModel, createLanguageModel } from "./ask-model";
import { ModelCallError, type FailureKind } from "./call-failure";
import type { Provider } from "./providers";

// The real AI SDK clients against a real loopback server speaking each protocol.
const KEY = "sk-test-0123456789abcdefXYZW";
const faults = new Map<string, Fault>();
let server: FakeModelServer;

beforeAll(async () => {
  server = await startFakeModelServer({
    apiKey: KEY,
    answer: (prompt) =>
      prompt === "think"
        ? { text: "The answer is 4.", reasoning: "Two plus two makes four." }
        : prompt === "think inline"
          ? { text: "Four.", reasoning: "Adding.", reasoningInline: true }
          : { text: `You asked: ${prompt}. Here is a long enough answer to span several streamed chunks.` },
    fault: ({ prompt }) => faults.get(prompt),
  });
});
afterAll(() => server.close());

const endpoint = (provider: Provider, apiKey = KEY) => {
  const baseUrl = provider === "openai-compatible" ? `${server.url}/v1` : provider === "anthropic" ? `${server.url}/anthropic/v1` : `${server.url}/v1beta`;
  return createLanguageModel({ provider, baseUrl, model: "fake-model", apiKey });
};
const ask = (provider: Provider, prompt: string, extra: { idleTimeoutMs?: number; apiKey?: string } = {}) =>
  askModel(endpoint(provider, extra.apiKey), { prompt, idleTimeoutMs: extra.idleTimeoutMs ?? 5000, maxTokens: 100 });

async function failureOf(promise: Promise<unknown>): Promise<{ kind: FailureKind; retryAfterMs?: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ModelCallError);
    return (error as ModelCallError).failure;
  }
  throw new Error("expected a failure");
}

describe("askModel against a loopback server", () => {
  for (const provider of ["openai-compatible", "anthropic", "gemini"] as const) {
    it(`streams a whole answer with usage (${provider})`, async () => {
      const answer = await ask(provider, "hello");
      expect(answer.text).toBe("You asked: hello. Here is a long enough answer to span several streamed chunks.");
      expect(answer.reasoning).toBe("");
      expect(answer.outputTokens).toBeGreaterThan(0);
    });

    it(`keeps reasoning apart from the answer (${provider})`, async () => {
      const answer = await ask(provider, "think");
      expect(answer.text).toBe("The answer is 4.");
      expect(answer.reasoning).toBe("Two plus two makes four.");
    });
  }

  it("separates <think> reasoning inlined by raw OpenAI-compatible servers", async () => {
    const answer = await ask("openai-compatible", "think inline");
    expect(answer.text).toBe("Four.");
    expect(answer.reasoning).toBe("Adding.");
  });

  it("classifies 429 with its Retry-After, 500s, dropped streams and silence", async () => {
    faults.set("limited", { kind: "429", retryAfterSeconds: 2 });
    faults.set("broken", { kind: "500" });
    faults.set("dropped", { kind: "drop", afterChunks: 2 });
    faults.set("silent", { kind: "slow", delayMs: 1500 });
    expect(await failureOf(ask("openai-compatible", "limited"))).toMatchObject({ kind: "rate-limited", retryAfterMs: 2000 });
    expect(await failureOf(ask("openai-compatible", "broken"))).toMatchObject({ kind: "server" });
    expect((await failureOf(ask("openai-compatible", "dropped"))).kind).toBe("network");
    expect((await failureOf(ask("anthropic", "dropped"))).kind).toBe("network");
    expect(await failureOf(ask("openai-compatible", "silent", { idleTimeoutMs: 300 }))).toMatchObject({ kind: "timeout" });
  });

  it("reports a wrong key as an auth failure with the provider's exact words, and the key can be cut out", async () => {
    const wrong = "sk-wrong-key-9876543210abcd";
    const failure = await failureOf(ask("openai-compatible", "hello", { apiKey: wrong }));
    expect(failure.kind).toBe("auth");
    expect(failure.message).toContain("HTTP 401");
    expect(failure.message).toContain("Incorrect API key provided");
    const shown = redactKey(failure.message, wrong);
    expect(shown).not.toContain(wrong.slice(0, 6));
    expect(shown).not.toContain(wrong);
  });

  it("reports a model the server does not know", async () => {
    faults.set("unknown", { kind: "status", status: 404, body: JSON.stringify({ error: { message: "The model `nope` does not exist" } }) });
    const failure = await failureOf(ask("openai-compatible", "unknown"));
    expect(failure).toMatchObject({ kind: "not-found" });
    expect(failure.message).toContain("does not exist");
  });
});
