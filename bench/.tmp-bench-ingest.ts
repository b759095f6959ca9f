import { rmSync, statSync } from "node:fs";
import { writeSyntheticJsonl } from "@/bench/make-synthetic-jsonl";
import { readRecords } from "@/lib/ingest/read-records";
const path = "/tmp/synthetic-1g.jsonl";
const size = Number(process.argv[2] ?? 1024 ** 3);
const t0 = Date.now();
const n = await writeSyntheticJsonl(path, size);
console.log(`wrote ${n} records, ${statSync(path).size} bytes in ${(Date.now() - t0) / 1000}s`);
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const t1 = Date.now();
let docs = 0, chars = 0;
for await (const r of readRecords(path)) { docs++; chars += r.text.length; if ((docs & 1023) === 0) peak = Math.max(peak, process.memoryUsage().rss); }
const secs = (Date.now() - t1) / 1000;
clearInterval(timer);
const mb = statSync(path).size / 1024 ** 2;
console.log(`read ${docs} docs (${chars} chars) in ${secs.toFixed(1)}s: ${(mb / secs).toFixed(1)} MB/s, ${(docs / secs).toFixed(0)} docs/s, peak RSS ${(peak / 1024 ** 2).toFixed(0)} MB`);
rmSync(path);
