// CorpusFeatures ⇄ bytes: a JSON header with typed arrays and term lists (term-list-bytes.ts) swapped for
// references into one binary body, the whole gzipped. Typed arrays stay binary (4-8x smaller than JSON
// numbers before compression).
// Node's native zlib at level 1: the body is mostly hashed bucket indices that barely compress, and level 1
// is ~5x faster than fflate at level 6 for ~14% more bytes. Any gzip stream (older fflate output too) reads back.

import { promisify } from "node:util";
import { gunzip, gunzipSync, gzipSync } from "node:zlib";
import type { CorpusFeatures } from "@/lib/features/feature-types";
import { largeBuffer } from "@/lib/features/large-buffer";
import { decodeTermList, EncodedTerms, encodeTermList, withLazyTerms } from "@/lib/features/term-list-bytes";

/** DSF2 stores term lists as bytes; DSF1 (JSON string arrays only) still reads back. */
const MAGIC = "DSF2";
const READABLE = new Set(["DSF1", MAGIC]);
type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
const KINDS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array, f64: Float64Array };
type Kind = keyof typeof KINDS;

function kindOf(v: Typed): Kind {
  if (v instanceof Uint8Array) return "u8";
  if (v instanceof Uint16Array) return "u16";
  if (v instanceof Uint32Array) return "u32";
  if (v instanceof Int32Array) return "i32";
  if (v instanceof Float32Array) return "f32";
  return "f64";
}

export function serializeFeatures(f: CorpusFeatures): Uint8Array {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const header = JSON.stringify(f, (_key, value: unknown) => {
    if (Array.isArray(value)) {
      const list = encodeTermList(value);
      if (!list) return value;
      parts.push(list.bytes);
      const ref = { $s: offset, n: value.length, bytes: list.bytes.length, x: list.nonAscii };
      offset += list.bytes.length;
      return ref;
    }
    if (!ArrayBuffer.isView(value)) return value;
    const v = value as Typed;
    const pad = (8 - (offset % 8)) % 8; // keep every array aligned for its element size
    if (pad) parts.push(new Uint8Array(pad));
    offset += pad;
    const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    parts.push(bytes);
    const ref = { $t: kindOf(v), o: offset, n: v.length };
    offset += v.byteLength;
    return ref;
  });
  // Spaces after the JSON (which parses the same) put the body at an 8-byte boundary of the inflated bytes,
  // so reading it back needs no aligning copy.
  const json = new TextEncoder().encode(header);
  const head = new Uint8Array(json.length + ((8 - ((12 + json.length) % 8)) % 8)).fill(0x20);
  head.set(json);
  const out = new Uint8Array(12 + head.length + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, head.length, true);
  view.setUint32(8, offset, true);
  out.set(head, 12);
  let at = 12 + head.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  const gz = gzipSync(out, { level: 1 });
  return new Uint8Array(gz.buffer, gz.byteOffset, gz.byteLength);
}

export function deserializeFeatures(bytes: Uint8Array): CorpusFeatures {
  return fromRaw(gunzipSync(bytes, inflateOptions(bytes)));
}

const gunzipAsync = promisify(gunzip);

/** As deserializeFeatures, with the inflate on libuv's thread pool (several corpora inflate at once). */
export async function deserializeFeaturesAsync(bytes: Uint8Array): Promise<CorpusFeatures> {
  return fromRaw(await gunzipAsync(bytes, inflateOptions(bytes)));
}

/**
 * Inflates into one buffer of the stream's own size (the gzip trailer's ISIZE) instead of 16 KB chunks
 * joined at the end: about a third less CPU for a stored fingerprint. ISIZE is the size modulo 2^32, so a
 * wrong guess only costs more chunks, never a wrong result.
 */
function inflateOptions(bytes: Uint8Array): { chunkSize: number } {
  const size = bytes.length >= 18 ? new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true) : 0;
  return { chunkSize: Math.max(16 * 1024, size + 1) }; // +1: a full last chunk would make zlib allocate another
}

/**
 * CorpusFeatures as a plain header (terms and numbers) and two binary bodies holding every typed array: the
 * parts only the analysis space reads (per-document rows docWords and docChars, corpus-level char buckets
 * chars; an analysis may drop them once read) and the rest. A
 * fingerprinting thread sends the bodies (moved, not copied), so its result is two mappings of their own
 * (large-buffer.ts) instead of dozens of arrays interleaved with the thread's garbage, which kept that
 * memory from going back to the system when the thread ended.
 */
export type PackedFeatures = { header: unknown; bodies: Uint8Array<ArrayBuffer>[] };

const ROW_PARTS = new Set(["docWords", "docChars", "chars"]);

export function packFeatures(f: CorpusFeatures): PackedFeatures {
  const arrays: Typed[][] = [[], []];
  const sizes = [0, 0];
  const header = Object.fromEntries(
    Object.entries(f).map(([key, value]) => {
      const b = ROW_PARTS.has(key) ? 1 : 0;
      return [
        key,
        mapArrays(value, (v) => {
          sizes[b] += (8 - (sizes[b] % 8)) % 8;
          const ref = { $t: kindOf(v), o: sizes[b], n: v.length, b };
          arrays[b].push(v);
          sizes[b] += v.byteLength;
          return ref;
        }),
      ];
    }),
  );
  const bodies = arrays.map((list, b) => {
    const body = new Uint8Array(largeBuffer(sizes[b]), 0, sizes[b]);
    let at = 0;
    for (const v of list) {
      at += (8 - (at % 8)) % 8;
      body.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), at);
      at += v.byteLength;
    }
    return body;
  });
  return { header, bodies };
}

/** The fingerprint again, its typed arrays views into the bodies (no copy). */
export function unpackFeatures(packed: PackedFeatures): CorpusFeatures {
  const swap = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.length > 0 && typeof value[0] === "string" ? value : value.map(swap);
    const obj = value as Record<string, unknown>;
    if ("$t" in obj) {
      const ref = obj as { $t: Kind; o: number; n: number; b: number };
      const body = packed.bodies[ref.b];
      return new KINDS[ref.$t](body.buffer, body.byteOffset + ref.o, ref.n);
    }
    for (const key of Object.keys(obj)) obj[key] = swap(obj[key]);
    return obj;
  };
  return swap(packed.header) as CorpusFeatures;
}

function mapArrays(value: unknown, swap: (v: Typed) => unknown): unknown {
  if (ArrayBuffer.isView(value)) return swap(value as Typed);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.length > 0 && typeof value[0] === "string" ? value : value.map((v) => mapArrays(v, swap));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = mapArrays(v, swap);
  return out;
}

function fromRaw(raw: Buffer): CorpusFeatures {
  if (!READABLE.has(new TextDecoder().decode(raw.subarray(0, 4)))) throw new Error("not a serialised feature set");
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const headLength = view.getUint32(4, true);
  const bodyLength = view.getUint32(8, true);
  const header = new TextDecoder().decode(raw.subarray(12, 12 + headLength));
  const start = raw.byteOffset + 12 + headLength;
  // Every array must start 8-aligned: an older blob, or a buffer gunzip placed off a boundary, is copied.
  const body =
    start % 8 === 0 && raw.buffer instanceof ArrayBuffer
      ? new Uint8Array(raw.buffer, start, bodyLength)
      : new Uint8Array(raw.subarray(12 + headLength, 12 + headLength + bodyLength)); // Buffer#slice would not copy
  return revive(JSON.parse(header), body) as CorpusFeatures;
}

/**
 * Tables whose terms stay bytes until read (withLazyTerms): the analysis matches them across corpora as bytes
 * and names only the few it reports or keeps (the space's words, the candidates' evidence, slop profiles).
 */
const LAZY_TERM_TABLES = new Set(["unigrams", "bigrams", "trigrams"]);

/** Swaps typed-array and term-list references back in (a walk after parsing: a JSON.parse reviver visits every term string). */
function revive(value: unknown, body: Uint8Array<ArrayBuffer>, key = ""): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    if (value.length > 0 && typeof value[0] === "string") return value; // term lists
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i], body);
    return value;
  }
  const obj = value as Record<string, unknown>;
  if ("$t" in obj) {
    const ref = obj as { $t: Kind; o: number; n: number };
    return new KINDS[ref.$t](body.buffer, body.byteOffset + ref.o, ref.n);
  }
  if ("$s" in obj) {
    const ref = obj as { $s: number; n: number; bytes: number; x: number[] };
    return decodeTermList(body.subarray(ref.$s, ref.$s + ref.bytes), ref.n, ref.x);
  }
  const terms = obj.terms as { $s?: number; n: number; bytes: number; x: number[] } | undefined;
  if (LAZY_TERM_TABLES.has(key) && terms && typeof terms.$s === "number") {
    const rest = { ...obj };
    delete rest.terms;
    const table = revive(rest, body) as Record<string, unknown>;
    return withLazyTerms(table, new EncodedTerms(body.subarray(terms.$s, terms.$s + terms.bytes), terms.n, terms.x));
  }
  for (const k of Object.keys(obj)) obj[k] = revive(obj[k], body, k);
  return obj;
}
