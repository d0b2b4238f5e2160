import { DateText } from '@/components/content/DateText';
import { contentLang } from '@/components/ui/Dutch';
import { formatTimeRange } from '@/lib/dates';
import type { Event } from '@/lib/content';

/** The meetings of a series (intake, meetings, closing meeting), in order. */
export function SessionList({ sessions, locale }: { sessions: Event['sessions']; locale: string }) {
  return (
    <ol className="divide-y divide-brand-100 rounded-md border border-brand-100">
      {sessions.map((s, i) => (
        <li key={i} className="grid gap-1 p-4 sm:grid-cols-[16rem_1fr] sm:gap-4">
          <span className="font-semibold">
            {s.start ? <DateText value={s.start} locale={locale} long /> : s.when}
            {s.start && formatTimeRange(s.start, s.end) && <span className="block font-normal text-muted">{formatTimeRange(s.start, s.end)}</span>}
          </span>
          <span lang={contentLang(locale)}>
            {s.title}
            {s.location && <span className="block text-muted">{s.location}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
