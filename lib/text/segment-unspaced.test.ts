import { describe, expect, it } from "vitest";
import { chineseSegmenterFor, JIEBA_CORPUS_SHARE, needsJieba, unspacedContext, unspacedCuts } from "@/lib/text/segment-unspaced";
import { countWords, tokenizeWords } from "@/lib/text/tokenize";

describe("words in scripts written without spaces", () => {
  it("splits Chinese into words (the issue's sentence was three 'words')", () => {
    expect(tokenizeWords("我是一个由深度求索公司开发的人工智能助手。我可以帮助你回答问题、写作和翻译。")).toEqual([
      "我", "是", "一个", "由", "深度", "求索", "公司", "开发", "的", "人工智能", "助手",
      "我", "可以", "帮助", "你", "回答", "问题", "写作", "和", "翻译",
    ]);
  });

  it("splits Japanese, kanji runs included, with the Japanese segmenter", () => {
    expect(tokenizeWords("私は東京の大学で日本語を勉強しています。")).toEqual(["私", "は", "東京", "の", "大学", "で", "日本語", "を", "勉強", "し", "てい", "ます"]);
  });

  it("splits Thai, combining vowel marks kept inside their words", () => {
    expect(tokenizeWords("ภาษาไทยเป็นภาษาที่สวยงาม")).toEqual(["ภาษา", "ไทย", "เป็น", "ภาษา", "ที่", "สวยงาม"]);
  });

  it("handles mixed text run by run, and spaced scripts as before", () => {
    expect(tokenizeWords("Python 是一种编程语言，it's widely-used. AI助手")).toEqual(["python", "是", "一种", "编程语言", "it's", "widely-used", "ai", "助手"]);
    expect(tokenizeWords("Don’t PANIC: state-of-the-art café ２０２４")).toEqual(["don't", "panic", "state-of-the-art", "café", "2024"]);
  });

  it("counts the same words as it tokenises", () => {
    for (const text of ["我可以帮助你回答问题、写作和翻译。", "日本語を勉強しています。Then English.", "𠮷野家の牛丼", "ภาษาไทย and Lao ພາສາລາວ"]) {
      expect(countWords(text)).toBe(tokenizeWords(text).length);
    }
  });

  it("marks the segmenter's cuts inside unspaced runs, and only there", () => {
    const text = "hello 人工智能助手";
    const cuts = unspacedCuts(text)!;
    expect([...cuts.keys()].filter((i) => cuts[i] === 1)).toEqual([6, 10, 12]);
    expect(unspacedCuts("plain English")).toBeNull();
  });

  it("tells Chinese text from a few Han characters quoted in English, and Japanese by its kana", () => {
    const context = (text: string) => unspacedContext(text, text.length);
    expect(context("我可以帮助你回答问题、写作和翻译。")).toBe("chinese");
    expect(context("Python 是一种编程语言，it's widely-used. AI助手")).toBe("chinese");
    expect(context("In Mandarin, hello is 你好 (nǐ hǎo), and thank you is 谢谢 (xièxie).")).toBe("embedded");
    expect(context("日本語を勉強しています。Then a long English sentence follows it.")).toBe("japanese");
    // Case and NFKC (fullwidth letters) do not move the decision: raw and normalised text agree.
    const raw = "ＡＢＣ Some TEXT with 中文 inside";
    expect(context(raw)).toBe(context(raw.normalize("NFKC").toLowerCase()));
  });

  it("knows which texts will load jieba (Chinese text, not a quoted character or Japanese)", () => {
    expect(needsJieba("我可以帮助你回答问题、写作和翻译。")).toBe(true);
    expect(needsJieba("In Mandarin, hello is 你好, and thank you is 谢谢.")).toBe(false);
    expect(needsJieba("私は東京の大学で日本語を勉強しています。")).toBe(false);
    expect(needsJieba("Plain English.")).toBe(false);
  });

  it("chooses jieba for a corpus whose Chinese documents are at least 1%, ICU for a stray Chinese answer", () => {
    const zh = "我可以帮助你回答问题、写作和翻译。";
    const corpus = (size: number, chineseDocs: number) => Array.from({ length: size }, (_, i) => (i < chineseDocs ? zh : "An English answer."));
    expect(JIEBA_CORPUS_SHARE).toBe(0.01);
    expect(chineseSegmenterFor(corpus(10, 10))).toBe("jieba");
    expect(chineseSegmenterFor(corpus(200, 2))).toBe("jieba");
    expect(chineseSegmenterFor(corpus(200, 1))).toBe("icu");
    expect(chineseSegmenterFor(corpus(50, 0))).toBe("icu");
    // a quoted character or Japanese never counts as a Chinese document
    expect(chineseSegmenterFor(["In Mandarin, hello is 你好.", "私は東京の大学で日本語を勉強しています。"])).toBe("icu");
    expect(chineseSegmenterFor([])).toBe("icu");
  });

  it("cuts a Chinese run as the corpus' fingerprint segmented it", () => {
    const text = "hello 人工智能助手";
    const marks = (cuts: Uint8Array | null) => [...cuts!.keys()].filter((i) => cuts![i] === 1);
    expect(marks(unspacedCuts(text, "jieba"))).toEqual([6, 10, 12]);
    expect(marks(unspacedCuts(text, "icu"))).toEqual([6, 8, 10, 12]);
  });

  it("splits Han characters embedded in English into words too", () => {
    expect(tokenizeWords("In Mandarin, hello is 你好, and thank you is 谢谢.")).toEqual(["in", "mandarin", "hello", "is", "你好", "and", "thank", "you", "is", "谢谢"]);
    const text = "The characters 人工智能 mean artificial intelligence, as any dictionary will tell you.";
    expect(countWords(text)).toBe(tokenizeWords(text).length);
  });
});
