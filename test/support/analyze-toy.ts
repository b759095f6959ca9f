// Run as `node --import tsx test/support/analyze-toy.ts [stored]`: prints the toy analysis (minus its clock
// readings), whether worker threads were used and which tasks reported their CPU, for
// lib/analysis/analyze-threads.test.ts. With `stored`, the corpora's fingerprints are read back as the
// database gives them (term tables as bytes), as the job worker analyses them.
import { analyze } from "@/lib/analysis/analyze";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { threadsAvailable } from "@/lib/threads/thread-pool";
import { toyAnalysis } from "./toy-corpora";

const input = toyAnalysis();
if (process.argv[2] === "stored") for (const c of [...input.sources, ...input.candidates]) c.features = deserializeFeatures(serializeFeatures(c.features));
const { createdAt: _createdAt, timings, ...result } = await analyze(input);
const taskCpu = Object.keys(timings).filter((k) => k.startsWith("cpu:"));
process.stdout.write(JSON.stringify({ threads: threadsAvailable(), result, taskCpu }));
