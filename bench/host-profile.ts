// What the bench's figures depend on besides the code. Two hosts that both report "AMD EPYC" took 1.5–2× the
// CPU from each other on this project's work (hash tables in typed arrays, React rendering) while the
// word-count baseline (string work) timed within 20% on both: the ratio holds only within one CPU generation.
// So the report names the CPU as the kernel sees it, and how well the machine runs two processes at once.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { workerProcessEnv } from "@/lib/jobs/worker-process-env";
import { median, timeProcess } from "./measure-process";

/** "family 23 model 49, 2.0 GHz, 512 KB cache" from /proc/cpuinfo (Linux), else the model string. */
export function describeCpu(): string {
  const model = cpus()[0]?.model.trim() ?? "unknown CPU";
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    const field = (name: string) => new RegExp(`^${name}\\s*:\\s*(.+)$`, "m").exec(info)?.[1]?.trim();
    const mhz = Number(field("cpu MHz"));
    const parts = [
      field("cpu family") && `family ${field("cpu family")} model ${field("model")}`,
      Number.isFinite(mhz) && mhz > 0 && `${(mhz / 1000).toFixed(1)} GHz`,
      field("cache size") && `${field("cache size")} cache`,
    ].filter(Boolean);
    return parts.length ? `${model}, ${parts.join(", ")}` : model;
  } catch {
    return model;
  }
}

/** Transparent huge pages mode ("always", "madvise", "never"), or null off Linux. */
export function hugePagesMode(): string | null {
  try {
    return /\[(\w+)\]/.exec(readFileSync("/sys/kernel/mm/transparent_hugepage/enabled", "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Two copies of a command at once against one alone: seconds each, and how much slower each ran. */
export type ParallelScaling = { aloneSeconds: number; togetherSeconds: number; slowdown: number };

export async function measureParallelScaling(command: string, args: string[], cwd: string, aloneSeconds: number[]): Promise<ParallelScaling> {
  const together: number[] = [];
  for (let r = 0; r < 2; r++) {
    const pair = await Promise.all([timeProcess(command, args, {}, cwd), timeProcess(command, args, {}, cwd)]);
    together.push(...pair.map((p) => p.seconds));
  }
  const alone = median(aloneSeconds);
  const both = median(together);
  return { aloneSeconds: alone, togetherSeconds: both, slowdown: both / alone };
}

/** Milliseconds a new process took to touch 256 MiB it had just allocated (median of 3), with and without the job worker's huge-page hint. */
export type NewMemoryCost = { mib: number; plainMs: number; hintedMs: number; microsPerPage: number };

const NEW_MEMORY_MIB = 256;
const TOUCH_NEW_MEMORY = `
const n = ${NEW_MEMORY_MIB} * 2 ** 20;
const start = performance.now();
const a = new Uint8Array(n);
for (let i = 0; i < n; i += 4096) a[i] = 1;
process.stdout.write(String(performance.now() - start));`;

/**
 * First touches of memory cost a page fault each, and on a virtual machine a fault can cost ten times what
 * it does on bare metal: the analysis touches a few hundred MB of new memory, so this is part of the machine.
 */
export function measureNewMemoryCost(): NewMemoryCost {
  const plain: number[] = [];
  const hinted: number[] = [];
  const run = (childEnv: NodeJS.ProcessEnv) => Number(execFileSync(process.execPath, ["-e", TOUCH_NEW_MEMORY], { env: childEnv, encoding: "utf8" }));
  const without = { ...process.env, GLIBC_TUNABLES: undefined };
  for (let r = 0; r < 3; r++) {
    plain.push(run(without));
    hinted.push(run(workerProcessEnv(without)));
  }
  const plainMs = median(plain);
  return { mib: NEW_MEMORY_MIB, plainMs, hintedMs: median(hinted), microsPerPage: (plainMs * 1000) / ((NEW_MEMORY_MIB * 2 ** 20) / 4096) };
}
