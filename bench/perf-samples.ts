// Samples of `perf script -F tid,time,ip,sym,dso` (Linux perf, cpu-clock), as bench/profile-worker-path.ts
// reads them: each sample's function under one name whatever V8 tier ran it, and the kind of work it is.

export type Sample = { tid: number; time: number; name: string; kind: Kind };

export const KINDS = ["optimised JS", "unoptimised JS and inline caches", "WebAssembly", "V8 compiler", "garbage collection", "Math.log and other libm", "zlib", "kernel", "other"] as const;
export type Kind = (typeof KINDS)[number];

const LINE = /^\s*(\d+)\s+([\d.]+):\s+[0-9a-f]+\s+(.*?)\s+\(([^)]*)\)\s*$/;

/** One line of perf script's output, or null for a line that is not a sample. */
export function parseSample(line: string): Sample | null {
  const m = LINE.exec(line);
  if (!m) return null;
  const [, tid, time, symbol, dso] = m;
  return { tid: Number(tid), time: Number(time), name: functionName(symbol, dso), kind: kindOf(symbol, dso) };
}

/**
 * `JS:*name file:///…/chunk-X.js:12:3` (optimised), `JS:~…` (interpreted) and `JS:^…` (baseline) are one
 * function; an anonymous one keeps its file and line. WebAssembly functions lose their tier suffix.
 */
export function functionName(symbol: string, dso: string): string {
  const js = /^JS:[*~^]?(\S*)\s+(\S+)$/.exec(symbol);
  if (js) {
    const [, name, where] = js;
    if (name) return name;
    const at = /([^/]+?):(\d+):\d+$/.exec(where);
    return at ? `(anonymous) ${at[1]}:${at[2]}` : "(anonymous)";
  }
  const wasm = /^JS:(wasm-function\[\d+\])/.exec(symbol);
  if (wasm) return wasm[1];
  if (symbol === "[unknown]") return `[unknown] ${dso.split("/").at(-1)}`;
  return symbol;
}

export function kindOf(symbol: string, dso: string): Kind {
  if (dso.includes("kernel")) return "kernel";
  if (symbol.startsWith("JS:wasm-function") || symbol.includes("js-to-wasm") || symbol.includes("wasm-to-js")) return "WebAssembly";
  if (symbol.startsWith("JS:*")) return "optimised JS";
  if (symbol.startsWith("JS:") || /^Builtins_\w*(IC|Baseline|Handler)\w*$/.test(symbol)) return "unoptimised JS and inline caches";
  if (/v8::internal::(compiler|maglev|turboshaft)::/.test(symbol)) return "V8 compiler";
  if (/v8::internal::(Heap|MarkCompact|Marking|MainMarking|Scavenge|Sweeper|Evacuat|ConcurrentMarking|MemoryAllocator|PagedSpace|Mark)/.test(symbol)) return "garbage collection";
  if (/ieee754|^__(log|exp|pow)|libm/.test(symbol) || dso.includes("libm")) return "Math.log and other libm";
  if (/^(inflate|crc32|adler32|deflate)/.test(symbol)) return "zlib";
  return "other";
}

export type Profile = { samples: number; byName: Map<string, number>; byKind: Map<Kind, number>; threads: Map<number, number> };

export function summarise(samples: Iterable<Sample>): Profile {
  const out: Profile = { samples: 0, byName: new Map(), byKind: new Map(), threads: new Map() };
  for (const s of samples) {
    out.samples++;
    out.byName.set(s.name, (out.byName.get(s.name) ?? 0) + 1);
    out.byKind.set(s.kind, (out.byKind.get(s.kind) ?? 0) + 1);
    out.threads.set(s.tid, (out.threads.get(s.tid) ?? 0) + 1);
  }
  return out;
}

/**
 * What each further analysis costs: (more − fewer) ÷ `analyses`, for a process that ran `analyses` more
 * analyses than the other (start-up and warm-up cancel out). Entries are in samples.
 */
export function perAnalysis<K>(more: Map<K, number>, fewer: Map<K, number>, analyses: number): Map<K, number> {
  const out = new Map<K, number>();
  for (const [k, n] of more) out.set(k, (n - (fewer.get(k) ?? 0)) / analyses);
  for (const [k, n] of fewer) if (!more.has(k)) out.set(k, -n / analyses);
  return out;
}
