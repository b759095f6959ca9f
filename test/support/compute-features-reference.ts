// The previous computeFeatures, kept as the reference the streaming FeatureAccumulator must match
// (lib/features/compute-features.test.ts compares the two on varied documents). Not used at run time.
// Its char n-grams come from forEachCharNgram, the plain definition, not from the accumulator's hot path.

import { DOC_CHAR_BITS, forEachCharNgram } from "@/lib/text/char-ngrams";
import { countParagraphs, countSentences, movingAverageTtrIds } from "@/lib/text/document-stats";
import { CharBuffer, foldNormalized } from "@/lib/text/fold-text";
import { countStyleMarkers, MARKER_NAMES } from "@/lib/text/style-markers";
import { tokenizeIds } from "@/lib/text/tokenize-ids";
import { WordInterner } from "@/lib/text/word-interner";
import type { CorpusFeatures, FeatureInputDocument, NgramTable } from "@/lib/features/feature-types";
import { GrowableU32 } from "@/lib/features/growable";
import { PairTable } from "@/lib/features/pair-table";
import { hashPrompt } from "@/lib/features/hash-prompt";
import { SortedMarks } from "@/lib/features/sorted-marks";

import { FEATURE_LIMITS, FEATURE_VERSION } from "@/lib/features/compute-features";

type Counter = { counts: GrowableU32; prompts: GrowableU32; last: GrowableU32 };

function counter(): Counter {
  return { counts: new GrowableU32(), prompts: new GrowableU32(), last: new GrowableU32() };
}

function bump(c: Counter, id: number, group: number): void {
  c.counts.data[id]++;
  if (c.last.data[id] !== group) {
    c.last.data[id] = group;
    c.prompts.data[id]++;
  }
}

function addEntry(c: Counter, group: number): number {
  c.counts.push(0);
  c.prompts.push(0);
  return c.last.push(group + 1); // != group, so the first bump counts a prompt
}

/**
 * Terms with count >= minCount, by count descending then text. `tieOrder(a, b)` orders two entries as their
 * texts would compare, from word ranks (words never contain a character below " ", so "a b" < "a-c b"
 * exactly when the word sequences compare that way): no string comparisons in the sort.
 */
function table(terms: string[], c: Counter, minCount: number, tieOrder: (a: number, b: number) => number): NgramTable {
  const keep: number[] = [];
  const counts = c.counts.data;
  for (let i = 0; i < c.counts.length; i++) if (counts[i] >= minCount) keep.push(i);
  keep.sort((a, b) => counts[b] - counts[a] || tieOrder(a, b));
  return {
    terms: keep.map((i) => terms[i]),
    counts: Uint32Array.from(keep, (i) => c.counts.data[i]),
    prompts: Uint32Array.from(keep, (i) => c.prompts.data[i]),
  };
}

function joinWords(words: string[], ids: Int32Array, from: number, to: number): string {
  let s = words[ids[from]];
  for (let k = from + 1; k < to; k++) s += " " + words[ids[k]];
  return s;
}

function topTerms(map: Map<string, number>): { terms: string[]; counts: Uint32Array } {
  const entries = [...map].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { terms: entries.map((e) => e[0]), counts: Uint32Array.from(entries, (e) => e[1]) };
}

export function computeFeaturesReference(input: FeatureInputDocument[]): Omit<CorpusFeatures, "languages"> {
  const n = input.length;
  const promptIds = input.map((d) => (d.promptId ? String(d.promptId) : null));
  const promptHashes = input.map((d) => (d.prompt ? hashPrompt(d.prompt) : null));
  // Visit documents grouped by prompt so "distinct prompts per term" is a last-seen-group check.
  const key = (i: number) => promptIds[i] ?? promptHashes[i] ?? `#doc${i}`;
  const keys = input.map((_, i) => key(i));
  const order = input.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));

  const interner = new WordInterner();
  const words = interner.words;
  const uni = counter();
  // Presized from the text length (~1 distinct pair per 10 characters here), capped: growing rehashes everything.
  let rawChars = 0;
  for (const d of input) rawChars += d.text?.length ?? 0;
  const pairCapacity = Math.min(1 << 20, Math.max(1 << 12, Math.ceil(rawChars / 10)));
  const biIds = new PairTable(pairCapacity);
  const biFirst = new GrowableU32();
  const biSecond = new GrowableU32();
  const bi = counter();
  const triIds = new PairTable(pairCapacity);
  const triFirst = new GrowableU32();
  const triSecond = new GrowableU32();
  const tri = counter();

  const docTokens: Int32Array[] = new Array(n);
  const tokens = new Uint32Array(n);
  const characters = new Uint32Array(n);
  const sentences = new Uint32Array(n);
  const paragraphs = new Uint32Array(n);
  const mattr = new Float32Array(n);
  const markers = new Uint32Array(n * MARKER_NAMES.length);
  const openers = new Map<string, number>();
  const closers = new Map<string, number>();
  const charTotals = new Map<number, number>();
  let charTotal = 0;

  const charSample = new Set<number>();
  const cap = FEATURE_LIMITS.docCharDocuments;
  for (let k = 0; k < Math.min(n, cap); k++) charSample.add(Math.floor((k * n) / Math.min(n, cap)));
  const docCharRows = new Map<number, { index: Uint16Array; counts: Uint8Array }>();
  const folded = new CharBuffer();
  const tokenBuf = { data: new Int32Array(4096) };
  let mattrCounts = new Uint32Array(1 << 15);

  let group = 0;
  let prevKey: string | null = null;
  for (const i of order) {
    if (keys[i] !== prevKey) {
      group++;
      prevKey = keys[i];
    }
    const raw = input[i].text ?? "";
    characters[i] = raw.length;
    sentences[i] = countSentences(raw);
    paragraphs[i] = countParagraphs(raw);
    markers.set(countStyleMarkers(raw), i * MARKER_NAMES.length);
    foldNormalized(raw, folded);
    const nTok = tokenizeIds(folded.data, folded.length, interner, tokenBuf);
    const toks = tokenBuf.data;
    tokens[i] = nTok;
    if (nTok > 0) {
      const o = joinWords(words, toks, 0, Math.min(nTok, FEATURE_LIMITS.openerWords));
      openers.set(o, (openers.get(o) ?? 0) + 1);
      const c = joinWords(words, toks, Math.max(0, nTok - FEATURE_LIMITS.closerWords), nTok);
      closers.set(c, (closers.get(c) ?? 0) + 1);
    }

    let p1 = -1;
    let pb = -1;
    for (let t = 0; t < nTok; t++) {
      const id = toks[t];
      if (id === uni.counts.length) addEntry(uni, group);
      bump(uni, id, group);
      let b = -1;
      if (p1 >= 0) {
        b = biIds.getOrInsert(p1, id, bi.counts.length);
        if (b < 0) {
          biFirst.push(p1);
          biSecond.push(id);
          b = addEntry(bi, group);
        }
        bump(bi, b, group);
        if (pb >= 0) {
          let tr = triIds.getOrInsert(pb, id, tri.counts.length);
          if (tr < 0) {
            triFirst.push(pb);
            triSecond.push(id);
            tr = addEntry(tri, group);
          }
          bump(tri, tr, group);
        }
      }
      p1 = id;
      pb = b;
    }
    docTokens[i] = toks.slice(0, nTok);
    if (mattrCounts.length < words.length) mattrCounts = new Uint32Array(words.length * 2);
    mattr[i] = movingAverageTtrIds(toks, nTok, mattrCounts);

    const docChars = new Map<number, number>();
    forEachCharNgram(textOf(folded.data, folded.length), (b) => {
      charTotal++;
      charTotals.set(b, (charTotals.get(b) ?? 0) + 1);
      docChars.set(b, (docChars.get(b) ?? 0) + 1);
    });
    if (charSample.has(i)) {
      const index = Uint16Array.from([...docChars.keys()].sort((a, b) => a - b));
      const counts = Uint8Array.from(index, (b) => Math.min(255, docChars.get(b)!));
      docCharRows.set(i, { index, counts });
    }
  }

  // Lexicographic rank of every word: term ties sort by ranks instead of by string comparison.
  const rank = new Uint32Array(words.length);
  Array.from(words.keys())
    .sort((a, b) => (words[a] < words[b] ? -1 : 1))
    .forEach((id, r) => (rank[id] = r));
  const biR1 = (b: number) => rank[biFirst.data[b]];
  const biR2 = (b: number) => rank[biSecond.data[b]];
  const biOrder = (a: number, b: number) => biR1(a) - biR1(b) || biR2(a) - biR2(b);

  const unigrams = table(words, uni, 2, (a, b) => rank[a] - rank[b]);
  const biTerms = new Array<string>(bi.counts.length);
  const bigramText = (b: number) => `${words[biFirst.data[b]]} ${words[biSecond.data[b]]}`;
  for (let b = 0; b < bi.counts.length; b++) if (bi.counts.data[b] >= 2) biTerms[b] = bigramText(b);
  const bigrams = table(biTerms, bi, 2, biOrder);
  const triTerms = new Array<string>(tri.counts.length);
  for (let t = 0; t < tri.counts.length; t++) {
    if (tri.counts.data[t] < 2) continue;
    const b = triFirst.data[t];
    triTerms[t] = `${biTerms[b] ?? bigramText(b)} ${words[triSecond.data[t]]}`;
  }
  const triFirstData = triFirst.data;
  const trigrams = table(triTerms, tri, 2, (a, b) => biOrder(triFirstData[a], triFirstData[b]) || rank[triSecond.data[a]] - rank[triSecond.data[b]]);

  // Per-document word rows over the corpus' top words.
  const top = Array.from(words.keys())
    .sort((a, b) => uni.counts.data[b] - uni.counts.data[a] || rank[a] - rank[b])
    .slice(0, FEATURE_LIMITS.docVocabulary);
  const local = new Int32Array(words.length).fill(-1);
  top.forEach((id, k) => (local[id] = k));
  const offsets = new Uint32Array(n + 1);
  const rowIndex = new GrowableU32(n * 64 + 16);
  const rowCounts = new GrowableU32(n * 64 + 16);
  const wscratch = new Uint32Array(top.length);
  const seen = new SortedMarks(top.length);
  for (let i = 0; i < n; i++) {
    for (const id of docTokens[i]) {
      const k = local[id];
      if (k < 0) continue;
      if (wscratch[k] === 0) seen.mark(k);
      wscratch[k]++;
    }
    for (const k of seen.drain()) {
      rowIndex.push(k);
      rowCounts.push(Math.min(65535, wscratch[k]));
      wscratch[k] = 0;
    }
    offsets[i + 1] = rowIndex.length;
  }

  const charRowsDocs = [...docCharRows.keys()].sort((a, b) => a - b);
  const charOffsets = new Uint32Array(charRowsDocs.length + 1);
  let charNnz = 0;
  charRowsDocs.forEach((d, r) => {
    charNnz += docCharRows.get(d)!.index.length;
    charOffsets[r + 1] = charNnz;
  });
  const charIndex = new Uint16Array(charNnz);
  const charRowCounts = new Uint8Array(charNnz);
  charRowsDocs.forEach((d, r) => {
    const row = docCharRows.get(d)!;
    charIndex.set(row.index, charOffsets[r]);
    charRowCounts.set(row.counts, charOffsets[r]);
  });

  const charIdx = Uint32Array.from([...charTotals.keys()].sort((a, b) => a - b));
  const charCnt = Uint32Array.from(charIdx, (b) => charTotals.get(b)!);

  let totalTokens = 0;
  let totalChars = 0;
  for (let i = 0; i < n; i++) {
    totalTokens += tokens[i];
    totalChars += characters[i];
  }

  return {
    version: FEATURE_VERSION,
    documents: n,
    tokens: totalTokens,
    characters: totalChars,
    types: words.length,
    unigrams,
    bigrams,
    trigrams,
    chars: { bits: DOC_CHAR_BITS, index: charIdx, counts: charCnt, total: charTotal },
    docs: {
      ordinals: Uint32Array.from(input, (d) => d.ordinal),
      tokens,
      characters,
      sentences,
      paragraphs,
      mattr,
      promptIds,
      promptHashes,
      markers,
    },
    markerNames: [...MARKER_NAMES],
    docWords: {
      vocab: top.map((id) => words[id]),
      offsets,
      index: Uint16Array.from(rowIndex.toArray()),
      counts: Uint16Array.from(rowCounts.toArray()),
    },
    docChars: {
      bits: DOC_CHAR_BITS,
      docs: Uint32Array.from(charRowsDocs),
      offsets: charOffsets,
      index: charIndex,
      counts: charRowCounts,
    },
    openers: topTerms(openers),
    closers: topTerms(closers),
  };
}

/** The first `length` UTF-16 code units of `data` as a string (every unit kept, lone surrogates too). */
export function textOf(data: Uint16Array, length: number): string {
  let out = "";
  for (let at = 0; at < length; at += 4096) out += String.fromCharCode(...data.subarray(at, Math.min(length, at + 4096)));
  return out;
}
