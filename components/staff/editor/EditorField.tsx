import type { ReactNode } from 'react';
import { translator } from '@/i18n/translate';
import { fieldErrorId, fieldId } from '@/lib/forms/fields';
import type { EditorProblem } from '@/lib/editor/check';

const t = translator('nl');

/** A problem as the editor reads it: what is wrong, then how to fix it, as sentences. */
export const problemText = (p: EditorProblem) => [p.message, p.fix].filter(Boolean).map(sentence).join(' ');
const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.?!]$/.test(s) ? '' : '.'}`;

/** The ids a field's hint and error have, for aria-describedby. */
export const hintId = (name: string) => `${fieldId(name)}-hint`;
export const describedBy = (name: string, hint: boolean, error: boolean) =>
  [hint && hintId(name), error && fieldErrorId(name)].filter(Boolean).join(' ') || undefined;

/** The label, hint and error around one input; `legend` makes it a fieldset (a group of boxes, a group of fields). */
export function EditorField({
  name,
  label,
  required,
  hints,
  problems,
  legend,
  box,
  children,
}: {
  name: string;
  label: string;
  required: boolean;
  hints: string[];
  problems: EditorProblem[];
  legend?: boolean;
  /** A checkbox, shown before its label. */
  box?: ReactNode;
  children?: ReactNode;
}) {
  const error = problems.length > 0;
  const title = (
    <>
      {label}
      {required && <span className="font-normal"> {t('editor.form.required')}</span>}
    </>
  );
  const body = (
    <>
      {hints.length > 0 && (
        <div id={hintId(name)} className="text-muted">
          {hints.map((h) => (
            <p key={h}>{h}</p>
          ))}
        </div>
      )}
      <div id={fieldErrorId(name)} className="font-semibold text-error" hidden={!error}>
        {problems.map((p, i) => (
          <p key={i}>
            <span className="sr-only">{t('editor.form.errorPrefix')} </span>
            {problemText(p)}
          </p>
        ))}
      </div>
      {children && <div className="mt-2">{children}</div>}
    </>
  );
  const frame = error ? 'border-l-4 border-error pl-4' : '';
  return legend ? (
    <fieldset className={`min-w-0 ${frame}`.trim()} data-field={name} aria-describedby={describedBy(name, hints.length > 0, error)}>
      <legend className="text-lg font-semibold">{title}</legend>
      {body}
    </fieldset>
  ) : (
    <div className={`${frame} ${box ? 'flex items-start gap-3' : ''}`} data-field={name}>
      {box}
      <div>
        <label htmlFor={fieldId(name)} className="block text-lg font-semibold">
          {title}
        </label>
        {body}
      </div>
    </div>
  );
}
