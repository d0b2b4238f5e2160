// The site's one edit distance: the search's typo pass, its "did you mean" and the closest known
// value for a typo in content, imports and the municipality finder all count typos alike.

// Three rows of the distance matrix, reused across calls (grown for a longer word): the search's
// typo pass compares a query term with thousands of index terms per query.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance where swapping two neighbouring letters counts as one edit (optimal string
 * alignment): "tala" is one edit from "taal", as a typist would see it. With `max`, the answer is
 * max + 1 as soon as it must exceed max (a row of the matrix all above it: no later row is lower).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length + 1 > rows[0].length) rows = rows.map(() => new Int32Array(a.length + 1));
  let [before, previous, row] = rows;
  for (let j = 0; j <= a.length; j++) previous[j] = j;
  for (let i = 1; i <= b.length; i++) {
    row[0] = i;
    let min = i;
    for (let j = 1; j <= a.length; j++) {
      let v = Math.min(previous[j - 1] + (a[j - 1] === b[i - 1] ? 0 : 1), previous[j] + 1, row[j - 1] + 1);
      if (i > 1 && j > 1 && a[j - 1] === b[i - 2] && a[j - 2] === b[i - 1]) v = Math.min(v, before[j - 2] + 1);
      row[j] = v;
      if (v < min) min = v;
    }
    if (min > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[a.length] > max ? max + 1 : previous[a.length];
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}
