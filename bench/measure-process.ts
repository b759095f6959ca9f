// Times a command as a separate process, from spawn to exit, with its peak resident set size: what a user
// waits for and what the machine must hold. GNU time (Debian's `time` package) reads the exact peak from
// the kernel; without it, /proc/<pid>/status VmHWM is polled every 10 ms.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** cpuSeconds: user + system CPU of the process and its threads (null without GNU time). */
export type ProcessRun = { seconds: number; cpuSeconds: number | null; peakRssMb: number; stdout: string };

const GNU_TIME = "/usr/bin/time";

export async function timeProcess(command: string, args: string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<ProcessRun> {
  const dir = mkdtempSync(path.join(tmpdir(), "distillscope-time-"));
  const report = path.join(dir, "time.txt");
  const gnu = existsSync(GNU_TIME);
  const [cmd, argv] = gnu ? [GNU_TIME, ["-o", report, "-f", "%M %U %S", command, ...args]] : [command, args];
  try {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    let polled = 0;
    const poll = gnu ? null : setInterval(() => (polled = Math.max(polled, readPeakKb(child.pid))), 10);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    const seconds = (performance.now() - started) / 1000;
    if (poll) clearInterval(poll);
    if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
    const [peakKb, user, system] = gnu ? readFileSync(report, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number) : [polled, NaN, NaN];
    return { seconds, cpuSeconds: Number.isFinite(user + system) ? user + system : null, peakRssMb: peakKb / 1024, stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readPeakKb(pid: number | undefined): number {
  try {
    const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
