import { describe, expect, it } from "vitest";
import { parseBinaryCopy } from "./read-binary-copy";

/** A binary COPY stream as PostgreSQL writes it: signature, flags, header extension, tuples, trailer. */
function stream(rows: (Buffer | null)[][], extension = Buffer.alloc(0)): Buffer {
  const parts = [Buffer.from("PGCOPY\n\xff\r\n\0", "latin1"), Buffer.alloc(4), u32(extension.length), extension];
  for (const row of rows) {
    parts.push(i16(row.length));
    for (const v of row) parts.push(...(v === null ? [i32(-1)] : [i32(v.length), v]));
  }
  parts.push(i16(-1));
  return Buffer.concat(parts);
}
function integer(bytes: 2 | 4, n: number, signed = true): Buffer {
  const b = Buffer.alloc(bytes);
  if (bytes === 2) b.writeInt16BE(n);
  else if (signed) b.writeInt32BE(n);
  else b.writeUInt32BE(n);
  return b;
}
const i16 = (n: number) => integer(2, n);
const i32 = (n: number) => integer(4, n);
const u32 = (n: number) => integer(4, n, false);

describe("parseBinaryCopy", () => {
  it("reads rows of raw values, NULLs and empty values, past a header extension", () => {
    const bytes = Buffer.from([0, 255, 13, 10, 128]);
    const rows = parseBinaryCopy(stream([[i32(7), bytes], [null, Buffer.alloc(0)]], Buffer.from("ext")));
    expect(rows).toHaveLength(2);
    expect(rows[0][0]!.readInt32BE(0)).toBe(7);
    expect(rows[0][1]).toEqual(bytes);
    expect(rows[1]).toEqual([null, Buffer.alloc(0)]);
  });

  it("reads no rows from an empty result", () => {
    expect(parseBinaryCopy(stream([]))).toEqual([]);
  });

  it("refuses a stream that is not binary COPY, or that ends inside a value or before its trailer", () => {
    expect(() => parseBinaryCopy(Buffer.from("id\tdata\n"))).toThrow(/not a binary COPY/);
    const cut = stream([[Buffer.alloc(100)]]).subarray(0, 60);
    expect(() => parseBinaryCopy(cut)).toThrow(/ends inside a value/);
    const noTrailer = stream([[Buffer.from("ab")]]);
    expect(() => parseBinaryCopy(noTrailer.subarray(0, noTrailer.length - 2))).toThrow(/before its trailer/);
  });
});
