// The fields of the e-mail alert forms (app/…/e-mailmeldingen): the address, how often, and the
// error summary above them, in the look of the site's other forms (components/forms). Plain HTML:
// the forms post and come back with a redirect, no script needed.
import { translator } from '@/i18n/translate';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { TextField } from '@/components/ui/TextField';
import type { AlertAttempt } from '@/lib/alerts/requests';
import { FREQUENCIES, type Frequency } from '@/lib/alerts/items';

export const EMAIL_FIELD_ID = 'veld-email';
export const frequencyId = (prefix: string, f: Frequency) => `${prefix}-${f}`;

/** The messages of a form that came back: at its fields and in the summary, which takes focus. */
export function attemptErrors(attempt: AlertAttempt | undefined, locale: string, frequencyPrefix = 'frequentie') {
  const t = translator(locale);
  const email = attempt?.errors.email && t(`alerts.email.errors.${attempt.errors.email}`);
  const frequency = attempt?.errors.frequency && t('alerts.frequencyError');
  return {
    email,
    frequency,
    summary: (
      <ErrorSummary
        title={t('forms.errors.summaryTitle')}
        notice={attempt?.notice && t(`forms.notices.${attempt.notice}`)}
        errors={[
          ...(frequency ? [{ href: `#${frequencyId(frequencyPrefix, FREQUENCIES[0])}`, text: frequency }] : []),
          ...(email ? [{ href: `#${EMAIL_FIELD_ID}`, text: email }] : []),
        ]}
      />
    ),
  };
}

export function EmailField({ value, error, hint, locale }: { value?: string; error?: string; hint?: string; locale: string }) {
  return (
    <div className="max-w-md">
      <TextField
        id={EMAIL_FIELD_ID}
        name="email"
        type="email"
        large
        label={translator(locale)('alerts.email.label')}
        hint={hint}
        error={error}
        defaultValue={value}
        autoComplete="email"
        spellCheck={false}
        maxLength={320}
      />
    </div>
  );
}

/** How often, as radio buttons; none chosen beforehand (GOV.UK: a choice the visitor makes). */
export function FrequencyField({
  legend,
  value,
  error,
  locale,
  prefix = 'frequentie',
}: {
  legend: string;
  value?: Frequency;
  error?: string;
  locale: string;
  /** Makes the ids unique when a page has one per subscription. */
  prefix?: string;
}) {
  const t = translator(locale);
  const errorId = `${prefix}-fout`;
  return (
    <fieldset className={error ? 'border-l-4 border-error pl-4' : undefined} aria-describedby={error ? errorId : undefined}>
      <legend className="text-lg font-semibold">{legend}</legend>
      {error && (
        <p id={errorId} className="font-semibold text-error">
          <span className="sr-only">{t('forms.errorPrefix')} </span>
          {error}
        </p>
      )}
      <ul className="mt-2 space-y-2">
        {FREQUENCIES.map((f) => (
          <li key={f} className="flex items-start gap-3">
            <input
              id={frequencyId(prefix, f)}
              type="radio"
              name="frequentie"
              value={f}
              defaultChecked={value === f}
              className="mt-1 size-5 shrink-0 accent-brand-700"
            />
            <label htmlFor={frequencyId(prefix, f)} className="leading-snug">
              {t(`alerts.frequency.${f}`)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
