// A corpus' main languages: franc-min (the 82 languages with 8M+ speakers; trigrams and scripts; ISO 639-3
// codes) on a random sample of its documents (seeded: the same corpus gives the same answer), as shares of
// the sample. The sample is kept while documents stream past, so a corpus of any size costs at most SAMPLE
// detections. The full franc (187 languages) was slower and named Scots for some English answers.

import { franc } from "franc-min";

export type LanguageShare = { code: string; share: number };

const SAMPLE = 32;
/** Characters of each sampled document given to the detector: enough for a stable answer, bounded cost. */
const SAMPLE_CHARS = 300;
/** A language is one of the corpus' "main" languages from this share of its documents. */
export const MAIN_LANGUAGE_SHARE = 0.1;

export class LanguageSampler {
  private texts: string[] = [];
  private seen = 0;
  private state = 0x9e3779b9; // a fixed seed: the same documents give the same sample

  /** Reservoir sampling (Algorithm R): every document has the same chance to be in the sample. */
  add(text: string): void {
    const n = this.seen++;
    if (n < SAMPLE) {
      this.texts.push(text.slice(0, SAMPLE_CHARS));
      return;
    }
    const j = Math.floor(this.random() * (n + 1));
    if (j < SAMPLE) this.texts[j] = text.slice(0, SAMPLE_CHARS);
  }

  /** mulberry32 */
  private random(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Languages of at least MAIN_LANGUAGE_SHARE of the sampled documents, most frequent first. */
  result(): LanguageShare[] {
    const counts = new Map<string, number>();
    let detected = 0;
    for (const text of this.texts) {
      const code = franc(text, { minLength: 10 });
      if (code === "und") continue;
      counts.set(code, (counts.get(code) ?? 0) + 1);
      detected++;
    }
    return [...counts]
      .map(([code, n]) => ({ code, share: n / detected }))
      .filter((l) => l.share >= MAIN_LANGUAGE_SHARE)
      .sort((a, b) => b.share - a.share || (a.code < b.code ? -1 : 1));
  }
}

export function detectLanguages(texts: Iterable<string>): LanguageShare[] {
  const sampler = new LanguageSampler();
  for (const t of texts) sampler.add(t);
  return sampler.result();
}

const names = new Intl.DisplayNames(["en"], { type: "language" });

/** "Chinese", "English", "Japanese" (the code itself when there is no name for it). */
export function languageName(code: string): string {
  try {
    const name = names.of(code);
    return name && name !== "root" ? name : code;
  } catch {
    return code;
  }
}

/** The stored JSON of a corpus' languages (null or malformed: none detected). */
export function parseLanguages(json: string | null | undefined): LanguageShare[] {
  if (!json) return [];
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((l): l is LanguageShare => typeof l?.code === "string" && typeof l?.share === "number") : [];
  } catch {
    return [];
  }
}

/** "Chinese 90%, English 10%". */
export function describeLanguages(languages: LanguageShare[]): string {
  if (languages.length === 0) return "not detected";
  return languages.map((l) => `${languageName(l.code)} ${Math.round(l.share * 100)}%`).join(", ");
}

/** The main language, when one language has most of the documents. */
export function mainLanguage(languages: LanguageShare[]): string | null {
  return languages[0] && languages[0].share >= 0.5 ? languages[0].code : null;
}
