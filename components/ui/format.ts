const integer = new Intl.NumberFormat("en-US");
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** 1234567 → "1,234,567". */
export function formatInteger(n: number): string {
  return integer.format(Math.round(n));
}

/** 1234567 → "1.2M"; small numbers stay exact. */
export function formatCompact(n: number): string {
  return Math.abs(n) < 10_000 ? formatInteger(n) : compact.format(n);
}

/** Bytes in binary units: 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** A stable, locale-independent date (server and client render the same string). */
export function formatDate(d: Date | string): string {
  const date = typeof d === "string" ? new Date(d) : d;
  return date.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}
