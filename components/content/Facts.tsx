import type { ReactNode } from 'react';

/** `lang`: the value is content (contentLang), so it can say it is Dutch. */
export type Fact = { term: string; value: ReactNode; lang?: string };

/** Key facts of a document as a description list (Activiteitendata, intervention details…). */
export function Facts({ facts, title, id }: { facts: Fact[]; title?: string; id?: string }) {
  const shown = facts.filter((f) => f.value !== undefined && f.value !== null && f.value !== '');
  return (
    <div className="rounded-md border border-brand-100 bg-white p-5 shadow-sm">
      {title && (
        <h2 id={id} className="mb-3 text-lg font-bold text-brand-900">
          {title}
        </h2>
      )}
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        {shown.map((f) => (
          <div key={f.term} className="contents">
            <dt className="font-semibold">{f.term}</dt>
            <dd lang={f.lang} className="min-w-0 text-ink break-words hyphens-auto">{f.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
