// V8 optimises a fingerprinting thread's hot loops after a few documents, then throws that code away at
// each path those documents had not taken (a list, a table, a script, an emoji) and compiles it again:
// ~300 compilations per thread in the 12-corpus CLI job. Fingerprinting a small built-in corpus first, while
// the main thread reads the first file, gives those paths their type feedback before anything is optimised.
// The result is thrown away: nothing of it reaches a fingerprint.

import { FeatureAccumulator } from "@/lib/features/feature-accumulator";
import type { FeatureInputDocument } from "@/lib/features/feature-types";
import { packFeatures } from "@/lib/features/serialize-features";
import { detachOnce } from "@/lib/threads/detach-once";

const PIECES = [
  "Certainly! Here's a concise overview of the topic, with a few examples and a short summary at the end.",
  "## Key points\n\n1. **Clarity**: state the goal first.\n2. *Brevity*: cut what does not help.\n3. `Evidence`: cite sources.\n",
  "- First item; second clause, third — with an em dash… and “quotes”.\n- Another item (with parentheses) [and brackets].\n",
  "```python\ndef add(a, b):\n    return a + b  # 42\n```\n",
  "| Name | Value |\n|------|------:|\n| alpha | 3.14 |\n| beta | 2,718 |\n",
  "Visit https://example.org/path?q=1&r=2 or write to team@example.org before 2024-05-01 at 10:30.",
  "Café, naïve, façade, über, señor, Ærø, Łódź: accented words. Привет, как дела? Γειά σου κόσμε. مرحبا بالعالم. नमस्ते दुनिया.",
  "こんにちは、せかい。カタカナのテキストです。안녕하세요 세계. สวัสดีชาวโลก ນີ້ແມ່ນພາສາລາວ",
  "Emoji 😀👍🏽 and symbols ©®™ ± × ÷ ≤ ≥ ≠ ∞ → ← ★\tTabbed\r\nCRLF line. I'm sure it's fine, isn't it?",
  "As an AI language model, I cannot browse the internet. However, I can help you draft a plan: first, second, finally.",
  "In conclusion, the results suggest that further research is needed. Overall, it's a nuanced and multifaceted issue!",
  "> A quoted line.\n\nA new paragraph after a blank line.\n\n\nAnother, after two. Numbers: 1st, 2nd, 3rd, 10%, $5.99, 1,000,000.",
  "Wait... is that right?! Pages 10-20 cover it (see the notes.)\"",
  "Pages 10–20 – an en dash; 'single quotes' (and a closing bracket.)]",
];

/** Pieces with only ASCII characters: a document made of them alone takes the ASCII-only paths. */
const ASCII_PIECES = PIECES.filter((p) => /^[\x00-\x7f]*$/.test(p));

function warmUpCorpus(): FeatureInputDocument[] {
  const docs: FeatureInputDocument[] = [];
  for (let i = 0; i < 48; i++) {
    // Every fourth document is ASCII only, as most English answers are.
    const from = i % 4 === 0 ? ASCII_PIECES : PIECES;
    const parts: string[] = [];
    for (let k = 0; k < 6; k++) parts.push(from[(i + k * 5) % from.length]); // every piece, and every piece last
    const prompt = `Question ${i % 16}: explain topic ${i % 16} in detail.`;
    docs.push({ ordinal: i, text: parts.join(i % 3 === 0 ? "\n\n" : " "), prompt, promptId: String(i % 16) });
  }
  // Short answers without a full stop (a list, a number, a word) take the paths a period skips.
  for (const text of ["Yes", "42", "- red\n- green\n- blue", "1) one\n2) two", "Sure! Here it is:\n\n| a | b |\n|---|---|\n| 1 | 2 |"]) {
    docs.push({ ordinal: docs.length, text, prompt: `Question ${docs.length % 16}: a short one?`, promptId: String(docs.length % 16) });
  }
  return docs;
}

/**
 * The last warm-up accumulator, kept for the thread's life (~2.5 MB): V8's compiled code checks the shapes
 * of the accumulator and its parts, and when every object of a shape has been collected (at the end of
 * each corpus) that code is thrown away and compiled again for the next corpus.
 */
let shapes: FeatureAccumulator | null = null;

/** Fingerprints the built-in corpus twice (the analysis' compact row form) and discards the results. */
export function warmUpFingerprinting(): void {
  detachOnce(); // the thread will move its results out: the buffer-detaching deopts happen now, not mid-corpus
  const docs = warmUpCorpus();
  for (let round = 0; round < 2; round++) {
    const acc = new FeatureAccumulator(docs.length, undefined, true);
    for (const d of docs) acc.add(d);
    packFeatures(acc.finish());
    shapes = acc;
  }
}
