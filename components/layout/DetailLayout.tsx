import type { ReactNode } from 'react';

/**
 * Body with a facts column. The aside comes first in the source so that on a phone the key facts
 * (date, place, municipality) come before the long text; from lg on it moves to the right.
 */
export function DetailLayout({ aside, asideLabel, children }: { aside: ReactNode; asideLabel?: string; children: ReactNode }) {
  return (
    <div className="container-page mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
      <aside className="space-y-6 lg:col-start-2 lg:row-start-1" aria-label={asideLabel}>
        {aside}
      </aside>
      <div className="min-w-0 lg:col-start-1 lg:row-start-1">{children}</div>
    </div>
  );
}
