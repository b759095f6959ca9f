/** GETs a JSON answer for a results panel, or throws the API's message (else "<what> could not be loaded"). */
export async function getJson<T>(url: string, signal: AbortSignal, what: string): Promise<T> {
  const res = await fetch(url, { signal });
  const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
  if (!res.ok) throw new Error(body.error?.message ?? `${what} could not be loaded (HTTP ${res.status}).`);
  return body as T;
}
