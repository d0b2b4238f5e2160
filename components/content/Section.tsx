import type { ReactNode } from 'react';

/** A titled part of a page; the id makes it linkable and labels it for assistive tech. */
export function Section({ id, title, children, className = 'mt-10' }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-title`} className={className}>
      <h2 id={`${id}-title`} className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}
