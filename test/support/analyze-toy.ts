// Run as `node --import tsx test/support/analyze-toy.ts`: prints the toy analysis (minus its clock readings)
// and whether worker threads were used, for lib/analysis/analyze-threads.test.ts.
import { analyze } from "@/lib/analysis/analyze";
import { threadsAvailable } from "@/lib/threads/thread-pool";
import { toyAnalysis } from "./toy-corpora";

const { createdAt: _createdAt, timings: _timings, ...result } = await analyze(toyAnalysis());
process.stdout.write(JSON.stringify({ threads: threadsAvailable(), result }));
