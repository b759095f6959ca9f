import { describe, expect, it } from "vitest";
import { parseSample, perAnalysis, summarise } from "./perf-samples";

const lines = [
  "10728   825.645238:          195377a5 JS:^shares file:///work/main/dist/chunk-LMIS5YHC.js:542:16 (/tmp/perf-10728.map)",
  "10728   827.266593:          1953c90f JS:*shares file:///work/main/dist/chunk-LMIS5YHC.js:542:16 (/tmp/perf-10728.map)",
  "10728   826.487642:           190bccd Builtins_LoadIC (/usr/bin/node)",
  "10736   828.951815:           25fb7aa inflate_fast_chunk_ (/usr/bin/node)",
  "10741   831.416546:           214770b v8::base::ieee754::log (/usr/bin/node)",
  "10740   829.802743:          394bd68e JS:* file:///work/main/dist/chunk-GUASK7H5.js:90:11 (/tmp/perf-10728.map)",
  "10740   829.812743:          394bd68e JS:wasm-function[5]-5-turbofan (/tmp/perf-10728.map)",
  "10733   830.000001:      ffffffff8161e6cd clear_page_erms ([kernel.kallsyms])",
  "10733   830.100001:           2ab5f10 v8::internal::compiler::GraphReducer::ReduceTop() (/usr/bin/node)",
  "10733   830.200001:           2ab5f10 v8::internal::MarkCompactCollector::ProcessMarkingWorklist() (/usr/bin/node)",
];

describe("perf script samples", () => {
  it("names a function the same whatever V8 tier ran it, and sorts each sample into its kind of work", () => {
    const samples = lines.map(parseSample);
    expect(samples.map((s) => s?.name)).toEqual([
      "shares",
      "shares",
      "Builtins_LoadIC",
      "inflate_fast_chunk_",
      "v8::base::ieee754::log",
      "(anonymous) chunk-GUASK7H5.js:90",
      "wasm-function[5]",
      "clear_page_erms",
      "v8::internal::compiler::GraphReducer::ReduceTop()",
      "v8::internal::MarkCompactCollector::ProcessMarkingWorklist()",
    ]);
    expect(samples.map((s) => s?.kind)).toEqual([
      "unoptimised JS and inline caches",
      "optimised JS",
      "unoptimised JS and inline caches",
      "zlib",
      "Math.log and other libm",
      "optimised JS",
      "WebAssembly",
      "kernel",
      "V8 compiler",
      "garbage collection",
    ]);
    expect(samples[0]).toMatchObject({ tid: 10728, time: 825.645238 });
  });

  it("skips lines that are not samples", () => {
    expect(parseSample("")).toBeNull();
    expect(parseSample("# ========")).toBeNull();
  });

  it("gives what each further analysis costs as the difference of two processes", () => {
    const one = summarise([lines[0], lines[2]].map((l) => parseSample(l)!));
    const five = summarise([...lines, ...lines, lines[0]].map((l) => parseSample(l)!));
    const names = perAnalysis(five.byName, one.byName, 4);
    expect(names.get("shares")).toBe((5 - 1) / 4);
    expect(names.get("Builtins_LoadIC")).toBe((2 - 1) / 4);
    expect(names.get("inflate_fast_chunk_")).toBe(2 / 4);
    expect(five.samples).toBe(21);
    expect(five.threads.get(10733)).toBe(6);
  });
});
