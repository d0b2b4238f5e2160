import { translator } from '@/i18n/translate';
import { Button } from '@/components/ui/Button';
import { FORMATS, IMPORT_KINDS, UPLOAD_LIMITS, type ImportKind } from '@/lib/import';
import { urls } from '@/lib/urls';

export type ImportFormErrors = Partial<Record<'kind' | 'file', true>>;

type Props = {
  /** Where the form posts (multipart): the dry run. */
  action: string;
  csrf: string;
  /** The kind chosen before, when the form comes back. */
  kind?: ImportKind;
  /** The fields that were wrong when the form comes back (the file cannot be kept: it is chosen again). */
  errors?: ImportFormErrors;
};

const ACCEPT = ['.xlsx', '.csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'].join(',');
const FIELD_IDS = { kind: 'import-soort', file: 'import-bestand' } as const;

/**
 * The start of an import in /beheer: the guide that used to be on the public pages and in the
 * docs (the template, how to fill it in), and the form that uploads a spreadsheet for its dry run.
 * Without JavaScript it posts and comes back with an error summary that takes focus, like the
 * public forms.
 */
export function ImportForm({ action, csrf, kind, errors = {} }: Props) {
  const t = translator('nl');
  const wrong = (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[]).filter((f) => errors[f]);
  const described = (field: keyof typeof FIELD_IDS, hint: string) => [hint, errors[field] && `${FIELD_IDS[field]}-fout`].filter(Boolean).join(' ');
  return (
    <div className="max-w-3xl space-y-8">
      <p className="text-lg">{t('editor.import.lead')}</p>

      <section aria-labelledby="sjabloon-titel" className="rounded-md border border-brand-100 p-5">
        <h2 id="sjabloon-titel" className="text-xl font-bold">
          {t('editor.import.template.title')}
        </h2>
        <p className="mt-2">{t('editor.import.template.text')}</p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {IMPORT_KINDS.flatMap((k) =>
            FORMATS.map((format) => (
              <li key={`${k}.${format}`}>
                <a href={urls.staffImportTemplate(k, format)} download>
                  {t(`editor.import.template.${format}`, { kind: t(`editor.import.kinds.${k}`).toLowerCase() })}
                </a>
              </li>
            )),
          )}
        </ul>
      </section>

      <section aria-labelledby="invullen-titel">
        <h2 id="invullen-titel" className="text-xl font-bold">
          {t('editor.import.guide.title')}
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {(['rows', 'example', 'lists', 'dates', 'csv', 'body', 'again'] as const).map((key) => (
            <li key={key}>{t(`editor.import.guide.${key}`)}</li>
          ))}
        </ul>
      </section>

      {wrong.length > 0 && (
        // Focused on load without JavaScript, and read by its heading (GOV.UK error summary).
        <div id="fouten" role="group" aria-labelledby="fouten-titel" tabIndex={-1} autoFocus className="border-4 border-error p-5">
          <h2 id="fouten-titel" className="text-2xl font-bold">
            {t('editor.import.errors.title')}
          </h2>
          <ul className="mt-3 list-none space-y-2 font-semibold">
            {wrong.map((f) => (
              <li key={f}>
                <a href={`#${FIELD_IDS[f]}`} className="text-error underline">
                  {t(`editor.import.errors.${f}`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form method="post" action={action} encType="multipart/form-data" noValidate className="space-y-6">
        <input type="hidden" name="csrf" value={csrf} />
        <fieldset className={errors.kind ? 'border-l-4 border-error pl-4' : undefined} aria-describedby={described('kind', `${FIELD_IDS.kind}-hint`)}>
          <legend className="text-lg font-semibold">{t('editor.import.kind')}</legend>
          <p id={`${FIELD_IDS.kind}-hint`} className="text-muted">
            {t('editor.import.kindHint')}
          </p>
          {errors.kind && (
            <p id={`${FIELD_IDS.kind}-fout`} className="font-semibold text-error">
              <span className="sr-only">{t('forms.errorPrefix')} </span>
              {t('editor.import.errors.kind')}
            </p>
          )}
          <div className="mt-2 space-y-2">
            {IMPORT_KINDS.map((k, i) => (
              <div key={k} className="flex items-center gap-3">
                <input
                  type="radio"
                  name="soort"
                  value={k}
                  id={i === 0 ? FIELD_IDS.kind : `${FIELD_IDS.kind}-${k}`}
                  defaultChecked={kind === k}
                  required
                  className="h-5 w-5"
                />
                <label htmlFor={i === 0 ? FIELD_IDS.kind : `${FIELD_IDS.kind}-${k}`}>{t(`editor.import.kinds.${k}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className={errors.file ? 'border-l-4 border-error pl-4' : undefined}>
          <label htmlFor={FIELD_IDS.file} className="block text-lg font-semibold">
            {t('editor.import.file')}
          </label>
          <p id={`${FIELD_IDS.file}-hint`} className="text-muted">
            {t('editor.import.fileHint', { megabytes: UPLOAD_LIMITS.bytes / 2 ** 20, rows: UPLOAD_LIMITS.rows })}
          </p>
          {errors.file && (
            <p id={`${FIELD_IDS.file}-fout`} className="font-semibold text-error">
              <span className="sr-only">{t('forms.errorPrefix')} </span>
              {t('editor.import.errors.file')}
            </p>
          )}
          <input
            type="file"
            id={FIELD_IDS.file}
            name="bestand"
            accept={ACCEPT}
            required
            aria-describedby={described('file', `${FIELD_IDS.file}-hint`)}
            aria-invalid={errors.file ? true : undefined}
            className="mt-2 block w-full rounded-md border-2 border-ink bg-white px-3 py-2"
          />
        </div>
        <Button>{t('editor.import.submit')}</Button>
      </form>
    </div>
  );
}
