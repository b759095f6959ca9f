// Shared input check for the distance-matrix builders: square, matching labels, finite, symmetric use.

export function checkDistances(labels: string[], d: number[][], who: string): void {
  if (labels.length === 0) throw new Error(`${who}: no labels`);
  if (d.length !== labels.length) throw new Error(`${who}: ${labels.length} labels but ${d.length} matrix rows`);
  for (const row of d) {
    if (row.length !== labels.length) throw new Error(`${who}: distance matrix is not square`);
    for (const x of row) if (!Number.isFinite(x)) throw new Error(`${who}: non-finite distance`);
  }
}

// Reads d symmetrically (mean of both triangles) so a slightly asymmetric matrix still gives one answer.
export function symmetricCopy(d: number[][]): number[][] {
  return d.map((row, i) => row.map((_, j) => (i === j ? 0 : (d[i][j] + d[j][i]) / 2)));
}
