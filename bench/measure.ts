/** Runs `work` while sampling this process' resident set size; returns the peak in MB. */
export async function measurePeakRss<T>(work: () => Promise<T>, everyMs = 50): Promise<{ result: T; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRssMb: peak / 1e6 };
  } finally {
    clearInterval(timer);
  }
}
