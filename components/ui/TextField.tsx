import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { translator } from '@/i18n/translate';

const CONTROL = 'w-full rounded-md border-2 bg-white px-3 py-2';

/** What a field may say besides its label: a hint, and after a failed submit what is wrong (Dutch). */
type Extra = { hint?: ReactNode; error?: string };

/** The ids of a field's hint and error, for aria-describedby; the error is also the field's red border. */
const describe = (id: string, { hint, error }: Extra) =>
  [hint !== undefined && `${id}-hint`, error !== undefined && `${id}-fout`].filter(Boolean).join(' ') || undefined;

/** Label, hint and error above the control, as the public forms show them (components/forms/SubmissionForm). */
function Labelled({ id, label, large = false, hint, error, children }: Extra & { id: string; label: ReactNode; large?: boolean; children: ReactNode }) {
  return (
    <div className={error !== undefined ? 'border-l-4 border-error pl-4' : undefined}>
      <label htmlFor={id} className={`block font-semibold ${large ? 'text-lg' : ''}`}>
        {label}
      </label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={`${id}-fout`} className="font-semibold text-error">
          <span className="sr-only">{translator('nl')('forms.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** A labelled single-line field (search box of a list, staff filters, login, staff accounts). */
export function TextField({
  id,
  label,
  large = false,
  hint,
  error,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & Extra & { id: string; label: ReactNode; large?: boolean }) {
  return (
    <Labelled id={id} label={label} large={large} hint={hint} error={error}>
      <input
        id={id}
        aria-describedby={describe(id, { hint, error })}
        aria-invalid={error !== undefined ? true : undefined}
        className={`${CONTROL} ${error !== undefined ? 'border-error' : 'border-ink'} ${large ? 'mt-2 text-lg' : 'mt-1'}`}
        {...input}
      />
    </Labelled>
  );
}

/** A labelled choice from a list (sort order, staff filters, a staff account's role). */
export function SelectField({
  id,
  label,
  hint,
  error,
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & Extra & { id: string; label: ReactNode }) {
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        aria-describedby={describe(id, { hint, error })}
        aria-invalid={error !== undefined ? true : undefined}
        className={`${CONTROL} ${error !== undefined ? 'border-error' : 'border-ink'} mt-1`}
        {...select}
      >
        {children}
      </select>
    </Labelled>
  );
}
