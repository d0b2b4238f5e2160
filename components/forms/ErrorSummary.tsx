import type { ReactNode } from 'react';
import { translator } from '@/i18n/translate';

/**
 * The box at the top of a form that came back with errors (GOV.UK error summary): a heading, an
 * optional notice, and a link to each wrong field. Without JavaScript the browser focuses it on
 * load; hidden while there is nothing to say (components/forms/FormEnhancer fills and shows it).
 */
export function ErrorSummary({ errors, notice, locale }: { errors: { href: string; text: string }[]; notice?: ReactNode; locale: string }) {
  const t = translator(locale);
  const shown = errors.length > 0 || notice !== undefined;
  return (
    <div
      id="fouten"
      // Focused, it is read by its heading: a group named "Er is iets niet goed", not an unnamed one.
      role="group"
      aria-labelledby="fouten-titel"
      tabIndex={-1}
      autoFocus={shown}
      hidden={!shown}
      className="mb-8 max-w-2xl border-4 border-error p-5"
    >
      <h2 id="fouten-titel" className="text-2xl font-bold">
        {t('forms.errors.summaryTitle')}
      </h2>
      {notice !== undefined && <p className="mt-3">{notice}</p>}
      <ul className="mt-3 list-none space-y-2 font-semibold" data-summary-list>
        {errors.map((e) => (
          <li key={e.href}>
            <a href={e.href} className="text-error underline">
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
