import type { DiffLine, TextDiff as Diff } from '@/lib/editor/diff';

/**
 * A diff as a table a screen reader can follow: each line says whether it was removed, added or
 * kept in words (not only by colour), with the words that changed inside a line marked (<del>/<ins>).
 */
export function TextDiff({ diff, caption }: { diff: Diff; caption: string }) {
  if (diff.hunks.length === 0) return <p>Geen verschil.</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-brand-100">
      <table className="w-full border-collapse font-mono text-sm">
        <caption className="p-2 text-left font-sans font-semibold">
          {caption}: {diff.removed} {diff.removed === 1 ? 'regel' : 'regels'} weg, {diff.added} {diff.added === 1 ? 'regel' : 'regels'} erbij
        </caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Was regel</th>
            <th scope="col">Wordt regel</th>
            <th scope="col">Wijziging</th>
            <th scope="col">Tekst</th>
          </tr>
        </thead>
        {diff.hunks.map((hunk, h) => (
          <tbody key={h} className="border-t border-brand-100">
            {hunk.lines.map((line, i) => (
              <Line key={i} line={line} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

const LOOK = { kept: '', removed: 'bg-red-50', added: 'bg-green-50' } as const;
const WORD = { kept: '', removed: 'weg', added: 'erbij' } as const;
const SIGN = { kept: ' ', removed: '−', added: '+' } as const;

function Line({ line }: { line: DiffLine }) {
  const segments = line.kind === 'kept' ? null : line.segments;
  const Mark = line.kind === 'added' ? 'ins' : 'del';
  return (
    <tr className={LOOK[line.kind]}>
      <td className="w-12 px-2 text-right align-top text-ink/70">{line.kind === 'added' ? '' : line.oldLine}</td>
      <td className="w-12 px-2 text-right align-top text-ink/70">{line.kind === 'removed' ? '' : line.newLine}</td>
      <td className="w-16 px-2 align-top font-sans">
        <span aria-hidden="true">{SIGN[line.kind]}</span>
        <span className="sr-only">{WORD[line.kind] || 'gelijk'}</span>
      </td>
      <td className="px-2 align-top break-words whitespace-pre-wrap">
        {segments
          ? segments.map((s, i) =>
              s.changed ? (
                <Mark key={i} className="font-bold underline">
                  {s.text}
                </Mark>
              ) : (
                <span key={i}>{s.text}</span>
              ),
            )
          : line.text || ' '}
      </td>
    </tr>
  );
}
