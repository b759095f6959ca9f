import { describe, expect, it } from "vitest";
import { computeFeatures } from "@/lib/features/compute-features";
import { deserializeFeatures, packFeatures, serializeFeatures, unpackFeatures } from "@/lib/features/serialize-features";
import { decodeTermList, encodeTermList } from "@/lib/features/term-list-bytes";
import { releaseBuffers } from "@/lib/threads/release-buffers";
import { gunzipSync, gzipSync } from "node:zlib";

/** The body of a serialised fingerprint, inflated, and its header's JSON. */
function inflate(bytes: Uint8Array): { raw: Buffer; header: Record<string, unknown> } {
  const raw = gunzipSync(bytes);
  return { raw, header: JSON.parse(raw.subarray(12, 12 + raw.readUInt32LE(4)).toString("utf8")) as Record<string, unknown> };
}

describe("serializeFeatures", () => {
  it("round-trips every field, typed arrays included", () => {
    const f = computeFeatures([
      { ordinal: 0, text: "Certainly! Here is a **list**:\n\n- one — two", prompt: "Give a list", promptId: "p1" },
      { ordinal: 1, text: "Here is a list. Here is a list again…", prompt: null },
    ]);
    const bytes = serializeFeatures(f);
    const back = deserializeFeatures(bytes);
    expect(back).toEqual(f);
    expect(back.docWords.counts).toBeInstanceOf(Uint16Array);
    expect(back.docs.mattr).toBeInstanceOf(Float32Array);
  });
  it("packs into two buffers, the parts only the analysis space reads apart, and unpacks to the same fingerprint", () => {
    const f = computeFeatures([
      { ordinal: 0, text: "Certainly! Here is a **list**:\n\n- one — two", prompt: "Give a list", promptId: "p1" },
      { ordinal: 1, text: "Here is a list. Here is a list again…", prompt: null },
    ]);
    const back = unpackFeatures(structuredClone(packFeatures(f)));
    expect(back).toEqual(f);
    expect(back.docChars.index.buffer).toBe(back.docWords.counts.buffer);
    expect(back.docChars.index.buffer).toBe(back.chars.index.buffer);
    expect(back.docChars.index.buffer).not.toBe(back.unigrams.counts.buffer);
    // Releasing the rows' buffer leaves every other part readable.
    releaseBuffers([back.docChars.index.buffer]);
    expect(back.docChars.index.length).toBe(0);
    expect(back.unigrams.counts).toEqual(f.unigrams.counts);
  });
  it("stores term lists as bytes and reads back non-ASCII, emoji, empty and unusual terms exactly", () => {
    const f = computeFeatures([
      { ordinal: 0, text: "Voilà: naïve café 🙂 straße — 中文 text. Voilà again, naïve café 🙂.", prompt: "p", promptId: "p1" },
      { ordinal: 1, text: "Plain ASCII text here. Plain ASCII text here.", prompt: null },
    ]);
    // markerNames: a newline and a lone surrogate keep that list in JSON; the vocabulary gains "é" and "".
    const odd = { ...f, markerNames: ["", "line\nbreak", "lone \uD800 surrogate", "tab\there", "🙂"], docWords: { ...f.docWords, vocab: [...f.docWords.vocab, "é", ""] } };
    const bytes = serializeFeatures(odd);
    expect(deserializeFeatures(bytes)).toEqual(odd);
    const { header } = inflate(bytes);
    // The n-gram tables went to the body; a list no newline-joined run can hold stayed JSON.
    expect((header.unigrams as { terms: unknown }).terms).toMatchObject({ n: f.unigrams.terms.length });
    expect(Array.isArray(header.markerNames)).toBe(true);
    expect(f.unigrams.terms.some((t) => !/^[\x00-\x7f]*$/.test(t))).toBe(true);
  });
  it("reads a fingerprint stored before term lists were bytes (DSF1, JSON string arrays)", () => {
    const f = computeFeatures([{ ordinal: 0, text: "Certainly! Voilà, a naïve list — one, two.", prompt: "p", promptId: "p1" }]);
    const { raw, header } = inflate(serializeFeatures(f));
    const headLength = raw.readUInt32LE(4);
    const body = raw.subarray(12 + headLength);
    // The same header with every term list written out as JSON, as DSF1 stored them.
    const asJson = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(asJson);
      if (v === null || typeof v !== "object") return v;
      const o = v as Record<string, unknown>;
      if ("$s" in o) return decodeTermList(body.subarray(o.$s as number, (o.$s as number) + (o.bytes as number)), o.n as number, o.x as number[]);
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, asJson(x)]));
    };
    const json = Buffer.from(JSON.stringify(asJson(header)));
    const head = Buffer.alloc(json.length + ((8 - ((12 + json.length) % 8)) % 8), 0x20);
    json.copy(head);
    const prefix = Buffer.alloc(12);
    prefix.write("DSF1", 0, "latin1");
    prefix.writeUInt32LE(head.length, 4);
    prefix.writeUInt32LE(body.length, 8);
    expect(deserializeFeatures(gzipSync(Buffer.concat([prefix, head, body])))).toEqual(f);
  });
  it("rejects bytes that are not a feature set", async () => {
    const { gzipSync } = await import("fflate");
    expect(() => deserializeFeatures(gzipSync(new TextEncoder().encode("nope")))).toThrow(/feature set/);
  });
});

describe("term lists as bytes", () => {
  it("round-trips and lists the non-ASCII terms", () => {
    const terms = ["the", "naïve café", "🙂", "", "of the", "中文"];
    const encoded = encodeTermList(terms)!;
    expect(encoded.nonAscii).toEqual([1, 2, 5]);
    expect(decodeTermList(encoded.bytes, terms.length, encoded.nonAscii)).toEqual(terms);
  });
  it("leaves to JSON what a newline-joined run cannot hold", () => {
    expect(encodeTermList(["a", "b\nc"])).toBeNull();
    expect(encodeTermList(["a", "\uDC00"])).toBeNull();
    expect(encodeTermList([])).toBeNull();
    expect(encodeTermList(["a", 1])).toBeNull();
  });
  it("says a damaged list is damaged", () => {
    const encoded = encodeTermList(["a", "é", "b"])!;
    expect(() => decodeTermList(encoded.bytes, 4, encoded.nonAscii)).toThrow(/damaged/);
    expect(() => decodeTermList(encoded.bytes, 3, [2, 1])).toThrow(/damaged/);
  });
});
