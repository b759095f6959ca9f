import { describe, expect, it } from "vitest";
import { JsonArraySplitter } from "@/lib/ingest/split-json-array";

/** Feeds the text in pieces of `size` characters and returns the elements. */
function split(text: string, size: number, mode: "array" | "single" = "array", skip = 0) {
  const splitter = new JsonArraySplitter("t.json", mode, 1e9, skip);
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...splitter.push(text.slice(i, i + size)));
  out.push(...splitter.end());
  return out;
}

describe("JsonArraySplitter", () => {
  const text = '[\n {"a": "x, ] } \\" [", "b": [1, {"c": 2}]},\n "str\\\\",\n 42 , true,\n [null]\n]\n';

  it("emits each element verbatim with its starting line, however the input is chunked", () => {
    const expected = [
      { json: '{"a": "x, ] } \\" [", "b": [1, {"c": 2}]}', line: 2 },
      { json: '"str\\\\"', line: 3 },
      { json: "42", line: 4 },
      { json: "true", line: 4 },
      { json: "[null]", line: 5 },
    ];
    for (const size of [1, 2, 3, 7, 1000]) expect(split(text, size)).toEqual(expected);
    expect(expected.map((e) => JSON.parse(e.json))).toEqual(JSON.parse(text));
  });

  it("handles an empty array, a single value, and a wrapper prefix", () => {
    expect(split("[ ]", 1)).toEqual([]);
    expect(split('{"k": [1, 2]}', 4, "single")).toEqual([{ json: '{"k": [1, 2]}', line: 1 }]);
    const wrapped = '{"data": [{"x": 1}, {"x": 2}], "more": 1}';
    expect(split(wrapped, 5, "array", '{"data": '.length).map((e) => e.json)).toEqual(['{"x": 1}', '{"x": 2}']);
  });

  it("reports JSON that is cut short or not an array", () => {
    expect(() => split('[{"a": 1}, {"a": ', 3)).toThrow(/ends in the middle of a record/);
    expect(() => split('[{"a": 1}', 3)).toThrow(/not closed/);
    expect(() => split('{"a": 1}', 3)).toThrow(/expected a JSON array/);
  });
});
