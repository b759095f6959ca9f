// The corpus' word, bigram and trigram tables from its documents' word ids, and the per-document rows over
// its top words. Tables are ordered by count (descending), then by the words' lexicographic ranks, which
// is the order of the terms' texts: words never contain a character below " ", so "a b" < "a-c b"
// exactly when the word sequences compare that way.

import { FEATURE_LIMITS } from "@/lib/features/feature-limits";
import { grown } from "@/lib/features/growable";
import type { NgramTable, SparseRows } from "@/lib/features/feature-types";
import { SortedMarks } from "@/lib/features/sorted-marks";
import { descending, sortPositions } from "@/lib/features/term-order";

/** rank[id] = position of words[id] in code-unit order among `ids`; byRank = `ids` in that order. */
export type WordRanks = { rank: Uint32Array; byRank: Uint32Array };

/** Ranks the words with the given ids (the others keep rank 0: they are never compared). */
export function rankWords(words: string[], ids: Uint32Array): WordRanks {
  // The engine's own string sort (no comparator callback); "\0" sorts below every word character.
  const tagged = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) tagged[i] = `${words[ids[i]]}\u0000${ids[i]}`;
  tagged.sort();
  const byRank = new Uint32Array(ids.length);
  const rank = new Uint32Array(words.length);
  for (let r = 0; r < tagged.length; r++) {
    const t = tagged[r];
    const id = Number(t.slice(t.lastIndexOf("\u0000") + 1));
    byRank[r] = id;
    rank[id] = r;
  }
  return { rank, byRank };
}

type TableInput = {
  words: string[];
  unigramCounts: Uint32Array;
  ids: Int32Array;
  docStart: Uint32Array;
  /** Documents grouped by prompt; groupStarts[k] = 1 where a new prompt begins. */
  groupOrder: { order: Uint32Array; groupStarts: Uint8Array };
};

/** Distinct pairs with their counts: count and distinct prompts of pair p at data[3p], data[3p + 1]. */
type PairCounts = { data: Uint32Array; first: Uint32Array; second: Uint32Array; length: number };

/**
 * Counts the distinct (first, second) pairs among n occurrences listed in prompt-group order, by two stable
 * counting sorts (by second, then by first) and one scan: equal pairs end up side by side with their groups
 * still in order, so "distinct prompts" is a change of group. Sorting touches memory in sequence; a hash
 * table of pairs missed the cache on nearly every token. `pairOf[o]` receives occurrence o's pair id.
 */
function countPairs(first: Uint32Array, second: Uint32Array, group: Uint32Array, n: number, firstRange: number, secondRange: number, pairOf: Uint32Array): PairCounts {
  const bySecond = countingSort(null, second, n, secondRange);
  const order = countingSort(bySecond, first, n, firstRange);
  let pairs = 0;
  for (let k = 0; k < n; k++) {
    const o = order[k];
    if (k === 0 || first[o] !== first[order[k - 1]] || second[o] !== second[order[k - 1]]) pairs++;
  }
  const out: PairCounts = { data: new Uint32Array(3 * pairs), first: new Uint32Array(pairs), second: new Uint32Array(pairs), length: pairs };
  const { data } = out;
  let p = -1;
  for (let k = 0; k < n; k++) {
    const o = order[k];
    if (p < 0 || first[o] !== out.first[p] || second[o] !== out.second[p]) {
      p++;
      out.first[p] = first[o];
      out.second[p] = second[o];
      data[3 * p + 2] = group[o];
      data[3 * p + 1] = 1;
    } else if (data[3 * p + 2] !== group[o]) {
      data[3 * p + 2] = group[o];
      data[3 * p + 1]++;
    }
    data[3 * p]++;
    pairOf[o] = p;
  }
  return out;
}

/** Stable counting sort of the occurrences `items` (0..n-1 when null) by key[item] in [0, range). */
function countingSort(items: Uint32Array | null, key: Uint32Array, n: number, range: number): Uint32Array {
  const starts = new Uint32Array(range + 1);
  for (let o = 0; o < n; o++) starts[key[o] + 1]++;
  for (let b = 0; b < range; b++) starts[b + 1] += starts[b];
  const out = new Uint32Array(n);
  if (items === null) for (let o = 0; o < n; o++) out[starts[key[o]]++] = o;
  else
    for (let k = 0; k < n; k++) {
      const o = items[k];
      out[starts[key[o]]++] = o;
    }
  return out;
}

/** Bigram occurrences in prompt-group order, and each word's distinct prompts. */
type Occurrences = {
  first: Uint32Array;
  second: Uint32Array;
  group: Uint32Array;
  /** 1 where the previous position also ended a bigram in the same document (a trigram ends here) */
  continues: Uint8Array;
  bigrams: number;
  trigrams: number;
  uniPrompts: Uint32Array;
};

// The phases are functions of their own, not one long function: V8 optimises a hot loop while the phases
// after it have not run yet, and each later phase reaching that code threw it away and recompiled the
// whole (tens of milliseconds a time, several times per corpus and thread).
export function countNgramTables(input: TableInput): { unigrams: NgramTable; bigrams: NgramTable; trigrams: NgramTable; topWords: Uint32Array } {
  const { words, unigramCounts } = input;
  const V = words.length;
  const occ = bigramOccurrences(input, V);
  const biOf = new Uint32Array(Math.max(1, occ.bigrams));
  const bi = countPairs(occ.first, occ.second, occ.group, occ.bigrams, V, V, biOf);
  // Trigrams: (bigram of the two previous words, word), the same way.
  const tri = trigramPairs(occ, biOf, bi.length, V);

  // Only words seen twice are ever compared (a bigram seen twice has two such words), unless the top
  // words for the document rows reach into the words seen once.
  const few = V - countOnce(unigramCounts) < FEATURE_LIMITS.docVocabulary;
  const { rank, byRank } = rankWords(words, few ? everyId(V) : idsSeenTwice(unigramCounts));
  // Words: rank order, then a stable sort by count.
  const uniDescending = new Uint32Array(byRank.length);
  for (let p = 0; p < byRank.length; p++) uniDescending[p] = descending(unigramCounts[byRank[p]]);
  const uniAll = sortPositions(byRank.length, [{ values: uniDescending }]);
  for (let k = 0; k < uniAll.length; k++) uniAll[k] = byRank[uniAll[k]];
  let kept = 0;
  while (kept < uniAll.length && unigramCounts[uniAll[kept]] >= 2) kept++;
  const uniPrompts = occ.uniPrompts;
  const unigrams: NgramTable = { terms: new Array<string>(kept), counts: new Uint32Array(kept), prompts: new Uint32Array(kept) };
  for (let k = 0; k < kept; k++) {
    const id = uniAll[k];
    unigrams.terms[k] = words[id];
    unigrams.counts[k] = unigramCounts[id];
    unigrams.prompts[k] = uniPrompts[id];
  }
  return { unigrams, bigrams: bigramTable(words, rank, bi), trigrams: trigramTable(words, rank, bi, tri), topWords: uniAll.slice(0, FEATURE_LIMITS.docVocabulary) };
}

function bigramOccurrences(input: TableInput, V: number): Occurrences {
  const { ids, docStart } = input;
  const { order, groupStarts } = input.groupOrder;
  const uniPrompts = new Uint32Array(V);
  const uniLast = new Uint32Array(V);
  const totalTokens = docStart[docStart.length - 1];
  const slots = Math.max(1, totalTokens);
  const biFirstAt = new Uint32Array(slots);
  const biSecondAt = new Uint32Array(slots);
  const biGroupAt = new Uint32Array(slots);
  const continues = new Uint8Array(slots);
  let nb = 0;
  let nt = 0;
  let group = 0;
  for (let k = 0; k < order.length; k++) {
    const d = order[k];
    if (groupStarts[k] === 1) group++;
    const from = docStart[d];
    const end = docStart[d + 1];
    for (let t = from; t < end; t++) {
      const id = ids[t];
      if (uniLast[id] !== group) {
        uniLast[id] = group;
        uniPrompts[id]++;
      }
      if (t === from) continue;
      biFirstAt[nb] = ids[t - 1];
      biSecondAt[nb] = id;
      biGroupAt[nb] = group;
      if (t > from + 1) {
        continues[nb] = 1;
        nt++;
      }
      nb++;
    }
  }
  return { first: biFirstAt, second: biSecondAt, group: biGroupAt, continues, bigrams: nb, trigrams: nt, uniPrompts };
}

function trigramPairs(occ: Occurrences, biOf: Uint32Array, bigramTypes: number, V: number): PairCounts {
  const nt = occ.trigrams;
  const triFirstAt = new Uint32Array(Math.max(1, nt));
  const triSecondAt = new Uint32Array(Math.max(1, nt));
  const triGroupAt = new Uint32Array(Math.max(1, nt));
  const { continues, second, group } = occ;
  for (let o = 0, j = 0; o < occ.bigrams; o++) {
    if (continues[o] === 0) continue;
    triFirstAt[j] = biOf[o - 1];
    triSecondAt[j] = second[o];
    triGroupAt[j++] = group[o];
  }
  return countPairs(triFirstAt, triSecondAt, triGroupAt, nt, bigramTypes, V, new Uint32Array(Math.max(1, nt)));
}

function bigramTable(words: string[], rank: Uint32Array, bi: PairCounts): NgramTable {
  const { first, second, data } = bi;
  const kept = keptTerms(data, bi.length);
  const w0 = new Uint32Array(kept.length);
  const w1 = new Uint32Array(kept.length);
  for (let p = 0; p < kept.length; p++) {
    w0[p] = first[kept[p]];
    w1[p] = second[kept[p]];
  }
  return termTable(words, rank, [w0, w1], kept, data);
}

function trigramTable(words: string[], rank: Uint32Array, bi: PairCounts, tri: PairCounts): NgramTable {
  const { first: biFirst, second: biSecond } = bi;
  const { first: triFirst, second: triSecond, data } = tri;
  const kept = keptTerms(data, tri.length);
  const w0 = new Uint32Array(kept.length);
  const w1 = new Uint32Array(kept.length);
  const w2 = new Uint32Array(kept.length);
  for (let p = 0; p < kept.length; p++) {
    const b = triFirst[kept[p]];
    w0[p] = biFirst[b];
    w1[p] = biSecond[b];
    w2[p] = triSecond[kept[p]];
  }
  return termTable(words, rank, [w0, w1, w2], kept, data);
}

/**
 * The table of the terms `kept` (pair ids into `data`), whose words are `parts[j][p]` for the term at
 * position p of `kept`: by count (descending), then by the words' ranks, first word first.
 */
function termTable(words: string[], rank: Uint32Array, parts: Uint32Array[], kept: Uint32Array, data: Uint32Array): NgramTable {
  const n = kept.length;
  const byCount = new Uint32Array(n);
  for (let p = 0; p < n; p++) byCount[p] = descending(data[3 * kept[p]]);
  const order = sortPositions(n, [{ values: byCount }, ...parts.map((at) => ({ values: rank, at }))]);
  const out: NgramTable = { terms: new Array<string>(n), counts: new Uint32Array(n), prompts: new Uint32Array(n) };
  const [w0, w1, w2] = parts;
  for (let k = 0; k < n; k++) {
    const p = order[k];
    out.terms[k] = w2 === undefined ? `${words[w0[p]]} ${words[w1[p]]}` : `${words[w0[p]]} ${words[w1[p]]} ${words[w2[p]]}`;
    out.counts[k] = data[3 * kept[p]];
    out.prompts[k] = data[3 * kept[p] + 1];
  }
  return out;
}

function everyId(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let id = 0; id < n; id++) out[id] = id;
  return out;
}

function countOnce(counts: Uint32Array): number {
  let n = 0;
  for (let id = 0; id < counts.length; id++) if (counts[id] === 1) n++;
  return n;
}

function idsSeenTwice(counts: Uint32Array): Uint32Array {
  const out = new Uint32Array(counts.length - countOnce(counts));
  for (let id = 0, k = 0; id < counts.length; id++) if (counts[id] >= 2) out[k++] = id;
  return out;
}

/** Ids of the terms seen at least twice. */
function keptTerms(data: Uint32Array, length: number): Uint32Array {
  let n = 0;
  for (let id = 0; id < length; id++) if (data[3 * id] >= 2) n++;
  const out = new Uint32Array(n);
  for (let id = 0, k = 0; id < length; id++) if (data[3 * id] >= 2) out[k++] = id;
  return out;
}

/** Each document's counts of the top words (column = position in `topWords`), columns ascending. */
export function buildDocWordRows(topWords: Uint32Array, vocabulary: number, ids: Int32Array, docStart: Uint32Array): SparseRows<Uint16Array, Uint16Array> {
  const local = new Int32Array(vocabulary).fill(-1);
  for (let k = 0; k < topWords.length; k++) local[topWords[k]] = k;
  const n = docStart.length - 1;
  const offsets = new Uint32Array(n + 1);
  let index = new Uint16Array(n * 64 + 16);
  let counts = new Uint16Array(n * 64 + 16);
  const scratch = new Uint32Array(topWords.length);
  const seen = new SortedMarks(Math.max(1, topWords.length));
  let at = 0;
  for (let d = 0; d < n; d++) {
    for (let t = docStart[d]; t < docStart[d + 1]; t++) {
      const k = local[ids[t]];
      if (k < 0) continue;
      if (scratch[k]++ === 0) seen.mark(k);
    }
    const cols = seen.drain();
    index = grown(index, at + cols.length);
    counts = grown(counts, at + cols.length);
    for (let j = 0; j < cols.length; j++) {
      const k = cols[j];
      index[at] = k;
      counts[at++] = Math.min(65535, scratch[k]);
      scratch[k] = 0;
    }
    offsets[d + 1] = at;
  }
  return { offsets, index: index.slice(0, at), counts: counts.slice(0, at) };
}
