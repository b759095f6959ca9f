// Run as `node --import tsx test/support/analyze-toy.ts`: prints the toy analysis (minus its clock readings),
// whether worker threads were used and which tasks reported their CPU, for lib/analysis/analyze-threads.test.ts.
import { analyze } from "@/lib/analysis/analyze";
import { threadsAvailable } from "@/lib/threads/thread-pool";
import { toyAnalysis } from "./toy-corpora";

const { createdAt: _createdAt, timings, ...result } = await analyze(toyAnalysis());
const taskCpu = Object.keys(timings).filter((k) => k.startsWith("cpu:"));
process.stdout.write(JSON.stringify({ threads: threadsAvailable(), result, taskCpu }));
