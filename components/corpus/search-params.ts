/** The first value of a query-string parameter (Next gives arrays for repeated keys). */
export function firstParam(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** A positive integer page number; anything else is page 1. */
export function pageParam(v: string | string[] | undefined): number {
  const n = Number(firstParam(v));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
