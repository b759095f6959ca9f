import { describe, expect, it } from "vitest";
import { describeLanguages, detectLanguages, LanguageSampler, mainLanguage, parseLanguages } from "@/lib/text/detect-languages";

const zh = "我是一个由深度求索公司开发的人工智能助手。我可以帮助你回答问题、写作和翻译。";
const ja = "私は東京の大学で日本語を勉強しています。とても楽しいです。";
const en = "Certainly! Here is a short overview of the topic you asked about, with examples.";

describe("detectLanguages", () => {
  it("finds a corpus' main languages as shares of its documents", () => {
    expect(detectLanguages([zh, zh, zh, en])).toEqual([
      { code: "cmn", share: 0.75 },
      { code: "eng", share: 0.25 },
    ]);
    expect(detectLanguages([ja, ja])).toEqual([{ code: "jpn", share: 1 }]);
    expect(detectLanguages(["", "ok"])).toEqual([]);
  });

  it("samples from a stream of any length, at bounded cost", () => {
    const sampler = new LanguageSampler();
    for (let i = 0; i < 10_000; i++) sampler.add(i % 2 === 0 ? zh : en);
    const result = sampler.result();
    expect(result.map((l) => l.code).sort()).toEqual(["cmn", "eng"]);
    expect(result[0].share).toBeCloseTo(0.5, 1);
  });

  it("names languages, picks the main one, and reads the stored JSON", () => {
    const languages = parseLanguages('[{"code":"cmn","share":0.9},{"code":"eng","share":0.1}]');
    expect(describeLanguages(languages)).toBe("Chinese 90%, English 10%");
    expect(mainLanguage(languages)).toBe("cmn");
    expect(mainLanguage([{ code: "cmn", share: 0.4 }, { code: "eng", share: 0.3 }])).toBeNull();
    expect(parseLanguages("not json")).toEqual([]);
    expect(describeLanguages([])).toBe("not detected");
  });
});
