import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { MunicipalityCombobox } from '@/components/regions/Combobox';
import type { FormDefinition } from '@/lib/forms/definitions';
import { fieldErrorId, fieldId, MAX_TEAM_SIZE, type FieldSpec } from '@/lib/forms/fields';
import { TOKEN_FIELD } from '@/lib/forms/receive';
import type { Attempt } from '@/lib/forms/submissions';
import { urls } from '@/lib/urls';
import { errorText, errorTexts } from '../../lib/forms/messages';
import { ErrorSummary } from './ErrorSummary';
import { Honeypot } from './Honeypot';
import { FormEnhancer } from './FormEnhancer';
import { Button } from '@/components/ui/Button';

/**
 * A form that works as plain HTML: POST to /formulieren/verzenden, then a redirect. After errors
 * it comes back with every field as it was, a message at each wrong field and a summary at the
 * top that takes focus (GOV.UK error summary). FormEnhancer adds the same checks while typing.
 */
export function SubmissionForm({ form, token, attempt, locale }: { form: FormDefinition; token: string; attempt?: Attempt; locale: string }) {
  const t = translator(locale);
  const errors = attempt?.errors ?? {};
  const wrong = form.fields.filter((f) => errors[f.name]);
  const notice = attempt?.notice;
  const message = (f: FieldSpec) => (errors[f.name] ? errorText(f, errors[f.name]!, locale) : undefined);

  return (
    <>
      <ErrorSummary
        title={t('forms.errors.summaryTitle')}
        notice={notice && t(`forms.notices.${notice}`)}
        errors={wrong.map((f) => ({ href: `#${fieldId(f.name)}`, text: message(f)! }))}
      />

      <form method="post" action={urls.formSubmit()} noValidate className="max-w-2xl space-y-7" data-enhance-form>
        <p className="text-muted">{t('forms.required')}</p>
        <input type="hidden" name={TOKEN_FIELD} value={token} />
        <input type="hidden" name="taal" value={locale} />
        {form.fields.map((f) => (
          <Field key={f.name} locale={locale} spec={f} value={attempt?.values[f.name] ?? ''} error={message(f)}>
            {f.kind === 'municipality' ? (
              <MunicipalityCombobox
                id={fieldId(f.name)}
                name={f.name}
                defaultValue={attempt?.values[f.name] ?? ''}
                describedBy={describedBy(f, !!message(f), hasHint(locale, f))}
                dataUrl={urls.finderData()}
                submitOnChoose={false}
                invalid={!!message(f)}
                maxLength={f.max}
                locale={locale}
              />
            ) : null}
          </Field>
        ))}
        <Honeypot locale={locale} />
        <p className="text-sm">
          {t.rich('forms.privacy', {
            days: form.retentionDays,
            link: (chunks) => (
              <Link href={urls.privacy()} locale={locale}>
                {chunks}
              </Link>
            ),
          })}
        </p>
        <Button size="xl">{form.kind === 'aanmelding' ? t('forms.submitSignup') : t('forms.submit')}</Button>
      </form>
      <FormEnhancer fields={form.fields} texts={errorTexts(form.fields, locale)} errorPrefix={t('forms.errorPrefix')} />
    </>
  );
}

const describedBy = (f: FieldSpec, hasError: boolean, hasHint: boolean) =>
  [hasHint && `${fieldId(f.name)}-hint`, hasError && fieldErrorId(f.name)].filter(Boolean).join(' ') || undefined;

type Key = Parameters<ReturnType<typeof translator>>[0];
const hasHint = (locale: string, f: FieldSpec) => translator(locale).has(`forms.fields.${f.name}.hint` as Key);

function Field({ spec, value, error, locale, children }: { spec: FieldSpec; value: string; error?: string; locale: string; children: React.ReactNode }) {
  const t = translator(locale);
  const id = fieldId(spec.name);
  const hint = hasHint(locale, spec);
  const common = {
    id,
    name: spec.name,
    defaultValue: value,
    'aria-describedby': describedBy(spec, !!error, hint),
    'aria-invalid': error ? true : undefined,
    className: `w-full rounded-md border-2 px-3 py-2 text-lg ${error ? 'border-error' : 'border-ink'}`,
  };
  return (
    <div className={error ? 'border-l-4 border-error pl-4' : ''} data-field={spec.name}>
      <label htmlFor={id} className="block text-lg font-semibold">
        {t(`forms.fields.${spec.name}.label` as Key)}
        {!spec.required && <span className="font-normal"> {t('forms.optional')}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-muted">
          {t(`forms.fields.${spec.name}.hint` as Key, { max: MAX_TEAM_SIZE })}
        </p>
      )}
      <p id={fieldErrorId(spec.name)} className="font-semibold text-error" hidden={!error}>
        {error && (
          <>
            <span className="sr-only">{t('forms.errorPrefix')} </span>
            {error}
          </>
        )}
      </p>
      <div className="mt-2">
        {children ??
          (spec.kind === 'textarea' ? (
            <textarea {...common} rows={6} />
          ) : (
            <input
              {...common}
              type={spec.kind === 'email' ? 'email' : spec.kind === 'url' ? 'url' : 'text'}
              inputMode={spec.kind === 'teamSize' ? 'numeric' : undefined}
              autoComplete={spec.autocomplete ?? 'off'}
              spellCheck={spec.kind === 'email' || spec.kind === 'url' ? false : undefined}
              className={`${common.className} ${spec.kind === 'teamSize' ? 'max-w-[8rem]' : ''}`}
            />
          ))}
      </div>
    </div>
  );
}
