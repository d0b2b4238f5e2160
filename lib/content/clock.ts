// The moments at which a page can show something else without new content: a scheduled document
// is published, an event is over, a sign-up closes. Pages that depend on the clock are valid
// from one transition to the next; the production server re-renders them then, and only then.
import { amsterdamToInstant, endInstant, isDayTime } from '../dates';

type Timed = { start?: string; end?: string; registration?: { deadline?: string } | null };

/** An event's start as an instant: a day without time starts at 00:00. */
const startInstant = (start: string) => amsterdamToInstant(isDayTime(start) ? start : start.slice(0, 10));

/** Every transition, ascending and without duplicates (milliseconds since the epoch). */
export function transitionsOf(docs: readonly Timed[], publicationInstants: readonly number[]): number[] {
  const out = new Set(publicationInstants);
  for (const d of docs) {
    if (d.start) {
      // Upcoming → past (lists, "heeft al plaatsgevonden") and open → started (sign-ups).
      out.add(endInstant(d.start, d.end).getTime());
      out.add(startInstant(d.start).getTime());
    }
    if (d.registration?.deadline) out.add(endInstant(d.registration.deadline).getTime());
  }
  return [...out].sort((a, b) => a - b);
}

/** The first transition after `t`, or Infinity when the content has none left. */
export function nextTransition(transitions: readonly number[], t: number): number {
  let lo = 0;
  let hi = transitions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (transitions[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo < transitions.length ? transitions[lo] : Infinity;
}
