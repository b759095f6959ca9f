/** Runs `work` while sampling this process' resident set size; returns the peak in MiB (as the kernel's KiB ÷ 1024). */
export async function measurePeakRss<T>(work: () => Promise<T>, everyMs = 50): Promise<{ result: T; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRssMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
