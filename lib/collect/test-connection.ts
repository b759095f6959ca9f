import { getConnectionSecret, recordConnectionTest } from "@/lib/db/collect/connections";
import { decryptApiKey, redactKey } from "./api-key-cipher";
import { askModel, createLanguageModel } from "./ask-model";
import { ModelCallError } from "./call-failure";
import type { Provider } from "./providers";

// "Test connection": one short chat request with the stored key, run by the worker (the only process that
// decrypts keys). The result is the provider's exact answer or error, with the key cut out.

const TEST_TIMEOUT_MS = 30_000;

export async function testConnection(connectionId: string): Promise<{ ok: boolean; message: string }> {
  const connection = await getConnectionSecret(connectionId);
  if (!connection) return { ok: false, message: "The connection was deleted." };
  let apiKey: string | undefined;
  try {
    apiKey = connection.keyCipher ? decryptApiKey(connection.keyCipher, { workspaceId: connection.workspaceId, connectionId: connection.id }) : undefined;
  } catch (error) {
    return record(connectionId, false, (error as Error).message);
  }
  const model = createLanguageModel({ provider: connection.provider as Provider, baseUrl: connection.baseUrl, model: connection.model, apiKey });
  try {
    const answer = await askModel(model, { prompt: "Reply with the single word OK.", maxTokens: 16, idleTimeoutMs: TEST_TIMEOUT_MS, signal: AbortSignal.timeout(TEST_TIMEOUT_MS * 2) });
    const said = (answer.text || answer.reasoning).trim().slice(0, 120);
    return record(connectionId, true, redactKey(`${connection.model} answered in ${answer.latencyMs} ms: "${said}" (finish: ${answer.finishReason})`, apiKey));
  } catch (error) {
    const failure = error instanceof ModelCallError ? error.failure : { kind: "network", message: String(error) };
    return record(connectionId, false, redactKey(`${failure.kind}: ${failure.message}`, apiKey));
  }
}

async function record(id: string, ok: boolean, message: string): Promise<{ ok: boolean; message: string }> {
  await recordConnectionTest(id, ok, message);
  return { ok, message };
}
