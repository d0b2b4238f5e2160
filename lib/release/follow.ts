// What a server does with the latest release a store reports: load it, or keep serving the one it
// has. Pure, so the decision is tested without servers; the server keeps `skipped` between polls so
// each problem is said once.
import type { ReleasePointer } from './store';

export type Following = {
  /** The release being served; undefined before the first one is loaded. */
  current: ReleasePointer | undefined;
  /** The id of a release already reported as not to be served (older, or failed to load). */
  skipped?: string;
};

export type Decision = { action: 'load'; release: ReleasePointer } | { action: 'stay'; line?: string; skipped?: string };

export function nextRelease(state: Following, latest: ReleasePointer | undefined): Decision {
  const { current, skipped } = state;
  if (!latest || (current && latest.seq === current.seq)) return { action: 'stay', skipped };
  if (latest.id === skipped) return { action: 'stay', skipped };
  if (!current || latest.seq > current.seq) return { action: 'load', release: latest };
  return {
    action: 'stay',
    skipped: latest.id,
    line: `Release ${latest.id} (nr. ${latest.seq}) is ouder dan release ${current.id} (nr. ${current.seq}): overgeslagen; de site blijft release ${current.id} serveren.`,
  };
}

/** The line for a release that could not be loaded (`reason`: a ReleaseError's message). */
export function skippedLine(reason: string, current: ReleasePointer | undefined): string {
  return `${reason}: overgeslagen; de site blijft ${current ? `release ${current.id}` : 'de ingebouwde inhoud'} serveren.`;
}
