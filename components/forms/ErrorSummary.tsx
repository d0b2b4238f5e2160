import type { ReactNode } from 'react';

/**
 * The error summary at the top of a form (GOV.UK pattern): a heading, an optional notice and a
 * link to each wrong field. Hidden while there is nothing to say; after errors it takes focus.
 */
export function ErrorSummary({ title, errors, notice }: { title: string; errors: { href?: string; text: string }[]; notice?: ReactNode }) {
  const shown = errors.length > 0 || !!notice;
  return (
    <div
      id="fouten"
      // Focused, it is read by its heading: a group named "Er is iets niet goed", not an unnamed one.
      role="group"
      aria-labelledby="fouten-titel"
      tabIndex={-1}
      // Without JavaScript the browser focuses it on load; FormEnhancer does so after its own checks.
      autoFocus={shown}
      hidden={!shown}
      className="mb-8 max-w-2xl border-4 border-error p-5"
    >
      <h2 id="fouten-titel" className="text-2xl font-bold">
        {title}
      </h2>
      {notice && <p className="mt-3">{notice}</p>}
      <ul className="mt-3 list-none space-y-2 font-semibold" data-summary-list>
        {errors.map((e, i) => (
          <li key={`${e.href ?? ''}-${i}`}>
            {e.href ? (
              <a href={e.href} className="text-error underline">
                {e.text}
              </a>
            ) : (
              <span className="text-error">{e.text}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
