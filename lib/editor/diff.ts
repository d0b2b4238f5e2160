// A readable diff of two Markdown texts for /beheer (history, conflicts): hunks of lines with
// context, each line kept, removed or added, and inside a changed line the words that changed.
//
// Own code, not the `diff` package: its Myers diff is O(N·D), and a 10,000-line file with half its
// lines changed took 8.4 s (every line replaced: 22 s). This is a patience diff: lines that occur
// exactly once on both sides anchor the match (their longest increasing run, O(n log n)), the gaps
// between anchors are diffed the same way, and a gap without such lines (blank lines, repeated
// list items) by a plain LCS table, or, when that table would be large, as removed-then-added.
// Patience also reads better: it matches a paragraph to its own paragraph, not to a blank line.

export type DiffSegment = { text: string; changed: boolean };

export type DiffLine =
  | { kind: 'kept'; text: string; oldLine: number; newLine: number }
  /** `segments`: the line in pieces, `changed` where it differs from its partner line; null when it has no similar partner. */
  | { kind: 'removed'; text: string; oldLine: number; segments: DiffSegment[] | null }
  | { kind: 'added'; text: string; newLine: number; segments: DiffSegment[] | null };

/** Line numbers count from 1; a count of 0 lines starts at the line before (as in a unified diff). */
export type DiffHunk = { oldStart: number; oldCount: number; newStart: number; newCount: number; lines: DiffLine[] };

export type TextDiff = { hunks: DiffHunk[]; added: number; removed: number };

type Kind = 'kept' | 'removed' | 'added';
type Run = { kind: Kind; count: number };

/** Above this many cells (n × m) a gap without anchors is shown as removed-then-added. */
const TABLE_CELLS = 4_000_000;
/** A changed line gets word highlights when at least this share of its characters is kept. */
const SIMILAR = 0.5;

/** The edit script of `a` into `b` as runs (equal elements compared by ===). */
function diffSequences(a: readonly number[], b: readonly number[]): Run[] {
  const out: Run[] = [];
  const push = (kind: Kind, count: number) => {
    if (count <= 0) return;
    const last = out.at(-1);
    if (last?.kind === kind) last.count += count;
    else out.push({ kind, count });
  };
  // A stack instead of recursion: a deeply nested file must not overflow it. A task is a range
  // to diff or a run to emit; ranges are taken in order, so a run is emitted when it comes next.
  type Task = { range: [number, number, number, number] } | { emit: Kind; count: number };
  const tasks: Task[] = [{ range: [0, a.length, 0, b.length] }];
  while (tasks.length) {
    const task = tasks.pop()!;
    if ('emit' in task) {
      push(task.emit, task.count);
      continue;
    }
    let [aLo, aHi, bLo, bHi] = task.range;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
      aLo++;
      bLo++;
      push('kept', 1);
    }
    let suffix = 0;
    while (aHi > aLo && bHi > bLo && a[aHi - 1] === b[bHi - 1]) {
      aHi--;
      bHi--;
      suffix++;
    }
    const later: Task[] = [];
    if (aLo === aHi || bLo === bHi) {
      push('removed', aHi - aLo);
      push('added', bHi - bLo);
    } else {
      const anchors = uniqueAnchors(a, aLo, aHi, b, bLo, bHi);
      if (anchors.length) {
        let [pa, pb] = [aLo, bLo];
        for (const [ia, ib] of anchors) {
          later.push({ range: [pa, ia, pb, ib] }, { emit: 'kept', count: 1 });
          [pa, pb] = [ia + 1, ib + 1];
        }
        later.push({ range: [pa, aHi, pb, bHi] });
      } else {
        for (const run of lcsRuns(a, aLo, aHi, b, bLo, bHi)) push(run.kind, run.count);
      }
    }
    later.push({ emit: 'kept', count: suffix });
    for (let i = later.length - 1; i >= 0; i--) tasks.push(later[i]);
  }
  return out;
}

/** Pairs [i in a, j in b] of elements that occur once in each range, the longest run in order of both. */
function uniqueAnchors(a: readonly number[], aLo: number, aHi: number, b: readonly number[], bLo: number, bHi: number): [number, number][] {
  // Per element: its count in a and b, and its position in b (-1 once seen twice there).
  const inA = new Map<number, number>();
  for (let i = aLo; i < aHi; i++) inA.set(a[i], (inA.get(a[i]) ?? 0) + 1);
  const inB = new Map<number, number>();
  for (let j = bLo; j < bHi; j++) {
    if (inA.get(b[j]) !== 1) continue;
    inB.set(b[j], inB.has(b[j]) ? -1 : j);
  }
  const pairs: [number, number][] = [];
  for (let i = aLo; i < aHi; i++) {
    const j = inA.get(a[i]) === 1 ? inB.get(a[i]) : undefined;
    if (j !== undefined && j >= 0) pairs.push([i, j]);
  }
  // Longest increasing subsequence of the b positions (patience sorting).
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    let [lo, hi] = [0, tails.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < pairs[k][1]) lo = mid + 1;
      else hi = mid;
    }
    previous[k] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = k;
  }
  const anchors: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) anchors.push(pairs[k]);
  return anchors.reverse();
}

/** A gap without anchors: the longest common subsequence by table, or all of it replaced when the table is too large. */
function lcsRuns(a: readonly number[], aLo: number, aHi: number, b: readonly number[], bLo: number, bHi: number): Run[] {
  const n = aHi - aLo;
  const m = bHi - bLo;
  if (n * m > TABLE_CELLS) {
    return [
      { kind: 'removed', count: n },
      { kind: 'added', count: m },
    ];
  }
  // length[i][j]: the LCS of a[i..] and b[j..]; min(n, m) ≤ 2,000 here, so 16 bits hold it.
  const width = m + 1;
  const length = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      length[i * width + j] =
        a[aLo + i] === b[bLo + j] ? length[(i + 1) * width + j + 1] + 1 : Math.max(length[(i + 1) * width + j], length[i * width + j + 1]);
    }
  }
  const runs: Run[] = [];
  const push = (kind: Kind) => {
    const last = runs.at(-1);
    if (last?.kind === kind) last.count++;
    else runs.push({ kind, count: 1 });
  };
  let [i, j] = [0, 0];
  while (i < n && j < m) {
    if (a[aLo + i] === b[bLo + j]) {
      push('kept');
      i++;
      j++;
    } else if (length[(i + 1) * width + j] >= length[i * width + j + 1]) {
      push('removed');
      i++;
    } else {
      push('added');
      j++;
    }
  }
  for (; i < n; i++) push('removed');
  for (; j < m; j++) push('added');
  return runs;
}

/** Each distinct string a number, shared by both sides, so elements compare as integers. */
function interned(left: readonly string[], right: readonly string[]): [number[], number[]] {
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let v = ids.get(s);
    if (v === undefined) ids.set(s, (v = ids.size));
    return v;
  };
  return [left.map(id), right.map(id)];
}

/** Lines of a text; a final newline ends the last line, it does not start an empty one. */
function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Words, runs of white space and single punctuation marks: what a reader sees as changed. */
const TOKEN = /[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu;

/** The two lines in segments, the differing words marked; null when they are too different to pair. */
function wordSegments(before: string, after: string): [DiffSegment[], DiffSegment[]] | null {
  const [left, right] = [before.match(TOKEN) ?? [], after.match(TOKEN) ?? []];
  const [a, b] = interned(left, right);
  const removed: DiffSegment[] = [];
  const added: DiffSegment[] = [];
  const add = (segments: DiffSegment[], text: string, changed: boolean) => {
    const last = segments.at(-1);
    if (last?.changed === changed) last.text += text;
    else segments.push({ text, changed });
  };
  let [i, j, keptChars] = [0, 0, 0];
  for (const run of diffSequences(a, b)) {
    for (let k = 0; k < run.count; k++) {
      if (run.kind === 'kept') {
        keptChars += left[i].length;
        add(removed, left[i++], false);
        add(added, right[j++], false);
      } else if (run.kind === 'removed') add(removed, left[i++], true);
      else add(added, right[j++], true);
    }
  }
  return (2 * keptChars) / (before.length + after.length || 1) >= SIMILAR ? [tidy(removed), tidy(added)] : null;
}

/** "juli 2020" reads as one change, not two with a kept space between: white space between changes joins them. */
function tidy(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  segments.forEach((segment, k) => {
    const joins = !segment.changed && k > 0 && k < segments.length - 1 && segment.text.trim() === '';
    const changed = segment.changed || joins;
    const last = out.at(-1);
    if (last?.changed === changed) last.text += segment.text;
    else out.push({ text: segment.text, changed });
  });
  return out;
}

/** Every line of the comparison: within a change, the removed lines first, then the added ones. */
function allLines(before: string[], after: string[]): DiffLine[] {
  const [a, b] = interned(before, after);
  const lines: DiffLine[] = [];
  let [i, j] = [0, 0];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    const segments = Array.from({ length: pairs }, (_, k) => wordSegments(before[removed[k]], after[added[k]]));
    removed.forEach((r, k) => lines.push({ kind: 'removed', text: before[r], oldLine: r + 1, segments: segments[k]?.[0] ?? null }));
    added.forEach((s, k) => lines.push({ kind: 'added', text: after[s], newLine: s + 1, segments: segments[k]?.[1] ?? null }));
    removed = [];
    added = [];
  };
  for (const run of diffSequences(a, b)) {
    for (let k = 0; k < run.count; k++) {
      if (run.kind === 'removed') removed.push(i++);
      else if (run.kind === 'added') added.push(j++);
      else {
        flush();
        lines.push({ kind: 'kept', text: before[i], oldLine: ++i, newLine: ++j });
      }
    }
  }
  flush();
  return lines;
}

/** The diff of two texts, in hunks with `context` kept lines around each change. */
export function diffTexts(before: string, after: string, { context = 3 }: { context?: number } = {}): TextDiff {
  const lines = allLines(linesOf(before), linesOf(after));
  const changed = lines.flatMap((line, index) => (line.kind === 'kept' ? [] : [index]));
  // How many old and new lines come before each line: a hunk's start numbers.
  const oldBefore = new Int32Array(lines.length + 1);
  const newBefore = new Int32Array(lines.length + 1);
  lines.forEach((l, k) => {
    oldBefore[k + 1] = oldBefore[k] + (l.kind === 'added' ? 0 : 1);
    newBefore[k + 1] = newBefore[k] + (l.kind === 'removed' ? 0 : 1);
  });
  const hunks: DiffHunk[] = [];
  // Changes closer than twice the context share one hunk, as in a unified diff.
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * context + 1) end++;
    const from = Math.max(0, changed[start] - context);
    const to = Math.min(lines.length, changed[end] + context + 1);
    hunks.push(hunkOf(lines.slice(from, to), oldBefore[from], newBefore[from]));
    start = end + 1;
  }
  return {
    hunks,
    added: lines.filter((l) => l.kind === 'added').length,
    removed: lines.filter((l) => l.kind === 'removed').length,
  };
}

/** A hunk's header numbers from its lines and how many old and new lines come before it. */
function hunkOf(lines: DiffLine[], oldBefore: number, newBefore: number): DiffHunk {
  const oldCount = lines.filter((l) => l.kind !== 'added').length;
  const newCount = lines.filter((l) => l.kind !== 'removed').length;
  return { oldStart: oldCount ? oldBefore + 1 : oldBefore, oldCount, newStart: newCount ? newBefore + 1 : newBefore, newCount, lines };
}
