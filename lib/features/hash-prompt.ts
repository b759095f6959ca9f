// Prompt identity across corpora: identical prompt text (after NFKC and whitespace folding) → equal hash.

/** 64-bit FNV-1a (two 32-bit lanes) as 16 hex characters. */
export function hashPrompt(prompt: string): string {
  const text = prompt.normalize("NFKC").replace(/\s+/g, " ").trim();
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
