import type { Segment } from '@/lib/search';

/** Text with the matched words in <mark>; segments are plain strings, so nothing from the query becomes markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} className="rounded-sm bg-focus/60 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
