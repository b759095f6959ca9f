// Arena-style rank ranges from 95% intervals: the best rank a row could hold is 1 + the rows whose interval
// lies wholly above its own; the worst is n − the rows whose interval lies wholly below. Rows whose intervals
// overlap share ranks: "1–2" says the data cannot order them.
export type Scored = { value: number; low: number; high: number };

export function rankRanges<T extends Scored>(rows: T[]): (T & { best: number; worst: number })[] {
  return rows.map((r) => {
    const above = rows.filter((o) => o !== r && o.low > r.high).length;
    const below = rows.filter((o) => o !== r && o.high < r.low).length;
    return { ...r, best: 1 + above, worst: rows.length - below };
  });
}

export function formatRank(best: number, worst: number): string {
  return best === worst ? String(best) : `${best}–${worst}`;
}
