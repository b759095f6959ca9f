// Display-side fix for snippets stored in results: safe in the browser (no Node imports).

/** Stored snippets were cut at a fixed width: drop the partial word at a cut edge ("#44ehaviors" → "…"). */
export function trimStoredSnippet(s: { left: string; right: string }, width = 60): { left: string; right: string } {
  let { left, right } = s;
  if (left.length >= width && /^\S/.test(left)) left = `…${left.slice(left.search(/\s/) + 1 || left.length).trimStart()}`;
  if (right.length >= width && /\S$/.test(right)) {
    const space = right.lastIndexOf(" ");
    right = `${right.slice(0, space < 0 ? 0 : space).trimEnd()}…`;
  }
  return { left, right };
}
