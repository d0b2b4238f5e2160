import type { ReactNode } from 'react';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { Button } from '@/components/ui/Button';
import { translator } from '@/i18n/translate';
import type { EditorProblem } from '@/lib/editor/check';
import { rowsOf, type FormValues } from '@/lib/editor/form-values';
import { choicesFor, fieldAt, type EditorField as Field, type EditorKind } from '@/lib/editor/model';
import type { ContentSet } from '@/lib/content/validate';
import { fieldErrorId, fieldId } from '@/lib/forms/fields';
import { urls } from '@/lib/urls';
import { describedBy, EditorField, problemText } from './EditorField';
import { MarkdownPreview, MarkdownToolbar } from './MarkdownTools';
import { TOOL_TEXTS, type ToolTexts } from './tool-texts';

const t = translator('nl');
const input = (error: boolean) => `w-full rounded-md border-2 px-3 py-2 text-lg ${error ? 'border-error' : 'border-ink'}`;

/** The hidden fields the form posts besides the document's own. */
export const FORM_FIELDS = { csrf: 'csrf', baseRevision: 'basisversie', slug: 'slug' } as const;

type Props = {
  kind: EditorKind;
  /** What the form shows: the document's values, or what was posted (as typed). */
  values: FormValues;
  problems: EditorProblem[];
  csrf: string;
  action: string;
  /** The revision of the file the edit started from; null for a new file. */
  baseRevision: string | null;
  /** The documents a field may refer to (themes, municipalities, news, events), for their choices. */
  content: Partial<ContentSet>;
  /** A new document asks for its name in the address; an existing one shows its path. */
  slug: { value: string; editable: true } | { path: string; editable: false };
  /** Which document or change the form saves (the editor's own fields, beside the model's). */
  hidden?: Record<string, string>;
  /** Inside the form after the fields (the uploads); the form then posts as multipart. */
  extra?: ReactNode;
  /** The buttons; without them, one "Opslaan". */
  buttons?: ReactNode;
};

/**
 * The editor's form for any kind of document, from the model alone: a new field in the model gets
 * its input here without code of its own. Plain HTML that posts and comes back with what was typed,
 * an error at each wrong field and a summary at the top, as the public forms.
 */
export function ContentForm({ kind, values, problems, csrf, action, baseRevision, content, slug, hidden = {}, extra, buttons }: Props) {
  const byField = (name: string) => problems.filter((p) => p.field === name);
  // Problems of no field on the form (the document as a whole, a field the model does not know) are in the summary only.
  const names = new Set([FORM_FIELDS.slug, ...formNames(kind.fields, values, '')]);
  const summary = problems.map((p) => {
    const field = names.has(p.field) ? p.field : undefined;
    const label = p.field === FORM_FIELDS.slug ? t('editor.form.slug') : field ? labelOf(kind, field) : t('editor.form.otherProblem');
    return { href: field && `#${fieldId(field)}`, text: `${label}: ${problemText(p)}` };
  });
  const ctx: Ctx = { values, byField, content, csrf };

  return (
    <>
      <ErrorSummary title={t('editor.form.summaryTitle')} errors={summary} />
      <form method="post" action={action} noValidate encType={extra ? 'multipart/form-data' : undefined} className="max-w-3xl min-w-0 space-y-7">
        <p className="text-muted">{t('editor.form.requiredNote')}</p>
        <input type="hidden" name={FORM_FIELDS.csrf} value={csrf} />
        <input type="hidden" name={FORM_FIELDS.baseRevision} value={baseRevision ?? ''} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {slug.editable ? (
          <EditorField
            name={FORM_FIELDS.slug}
            label={t('editor.form.slug')}
            required
            hints={[t(kind.subfolders ? 'editor.form.slugHintPages' : 'editor.form.slugHint', { path: `${kind.folder}/${slug.value || '…'}.md` })]}
            problems={byField(FORM_FIELDS.slug)}
          >
            <TextInput name={FORM_FIELDS.slug} value={slug.value} required hint error={byField(FORM_FIELDS.slug).length > 0} spellCheck={false} />
          </EditorField>
        ) : (
          <p className="font-semibold">{t('editor.form.slugFixed', { path: slug.path })}</p>
        )}
        {kind.fields.map((f) => (
          <FieldInput key={f.name} field={f} name={f.name} ctx={ctx} />
        ))}
        {extra}
        {buttons ?? <Button size="xl">{t('editor.form.save')}</Button>}
      </form>
    </>
  );
}

type Ctx = { values: FormValues; byField: (name: string) => EditorProblem[]; content: Partial<ContentSet>; csrf: string };

const toolTexts = Object.fromEntries(TOOL_TEXTS.map((key) => [key, t(`editor.tools.${key}`)])) as ToolTexts;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The form names of the fields as the form shows them (a list of groups with one more, empty row). */
function formNames(fields: Field[], values: FormValues, prefix: string): string[] {
  return fields.flatMap((f) => {
    const name = `${prefix}${f.name}`;
    if (f.kind === 'group') return [name, ...formNames(f.fields ?? [], values, `${name}.`)];
    if (f.kind === 'groups') return [name, ...rowsShown(values, name).flatMap((i) => formNames(f.fields ?? [], values, `${name}.${i}.`))];
    return [name];
  });
}

/** The rows a list of groups shows: those posted or saved, then one empty one to add another without JavaScript. */
const rowsShown = (values: FormValues, name: string) => {
  const rows = rowsOf(values, name);
  return [...rows, rows.length ? rows[rows.length - 1] + 1 : 0];
};

const labelOf = (kind: EditorKind, name: string) => {
  const f = fieldAt(kind, name);
  const index = /\.(\d+)\./.exec(name)?.[1];
  return f ? (index === undefined ? f.label : `${f.label} (${Number(index) + 1})`) : name;
};

// The model's help of a date field starts with its format for those who write the file by hand;
// the form says the format in its own hint, so only the rest is shown.
const DATE_FORMAT = /^JJJJ-MM-DD(?:TUU:MM)?(?: of JJJJ-MM-DD(?:TUU:MM)?)?(?: \(Amsterdamse tijd\))?[:,]?\s*/;

function hintsOf(f: Field): string[] {
  const help = f.date && f.help ? f.help.replace(DATE_FORMAT, '') : f.help;
  const hints = help ? [help.charAt(0).toUpperCase() + help.slice(1)] : [];
  if (f.date === 'day') hints.push(t('editor.form.dayHint'));
  if (f.date === 'dayOrTime') hints.push(t('editor.form.dayOrTimeHint'));
  if (f.kind === 'number') hints.push(t('editor.form.numberHint'));
  if (f.kind === 'list' && !f.vocabulary) hints.push(t('editor.form.listHint'));
  return hints;
}

function FieldInput({ field: f, name, ctx }: { field: Field; name: string; ctx: Ctx }) {
  const problems = ctx.byField(name);
  const error = problems.length > 0;
  const hints = hintsOf(f);
  const value = ctx.values[name];
  const shell = { name, label: f.label, required: f.required, hints, problems };

  switch (f.kind) {
    case 'group':
      return (
        <EditorField {...shell} legend>
          <div className="space-y-5">
            {(f.fields ?? []).map((sub) => (
              <FieldInput key={sub.name} field={sub} name={`${name}.${sub.name}`} ctx={ctx} />
            ))}
          </div>
        </EditorField>
      );
    case 'groups': {
      const rows = rowsShown(ctx.values, name);
      return (
        <EditorField {...shell} legend>
          <div className="space-y-5">
            {rows.map((i, n) => {
              const last = n === rows.length - 1;
              return (
                <fieldset key={i} className="min-w-0 border-l-2 border-ink pl-4" aria-describedby={last ? `${fieldId(name)}-nieuw` : undefined}>
                  <legend className="font-semibold">
                    {last ? t('editor.form.newRow', { label: f.label }) : t('editor.form.row', { label: f.label, number: n + 1 })}
                  </legend>
                  {last && (
                    <p id={`${fieldId(name)}-nieuw`} className="text-muted">
                      {t('editor.form.newRowHint')}
                    </p>
                  )}
                  <div className="space-y-5">
                    {(f.fields ?? []).map((sub) => (
                      <FieldInput key={sub.name} field={{ ...sub, required: sub.required && !last }} name={`${name}.${i}.${sub.name}`} ctx={ctx} />
                    ))}
                  </div>
                </fieldset>
              );
            })}
          </div>
        </EditorField>
      );
    }
    case 'boolean':
      return (
        <EditorField
          {...shell}
          box={
            <>
              {/* The hidden "false" comes first: a box that is not ticked sends nothing of its own. */}
              <input type="hidden" name={name} value="false" />
              <input
                type="checkbox"
                id={fieldId(name)}
                name={name}
                value="true"
                defaultChecked={many(value).includes('true') || (value === undefined && f.default === true)}
                aria-describedby={describedBy(name, hints.length > 0, error)}
                aria-invalid={error || undefined}
                className="mt-1 h-6 w-6"
              />
            </>
          }
        />
      );
    case 'list':
      if (f.vocabulary) {
        const chosen = many(value);
        return (
          <EditorField {...shell} legend>
            {/* Tells "none ticked" apart from "not on the form". */}
            <input type="hidden" name={name} value="" />
            <div className="grid gap-2 sm:grid-cols-2">
              {choicesFor(f, ctx.content).map((c, i) => (
                <label key={c.value} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    name={name}
                    value={c.value}
                    defaultChecked={chosen.includes(c.value)}
                    className="mt-1 h-5 w-5"
                    id={i === 0 ? fieldId(name) : undefined}
                  />
                  <span>{c.label}</span>
                </label>
              ))}
            </div>
          </EditorField>
        );
      }
      return (
        <EditorField {...shell}>
          <textarea
            id={fieldId(name)}
            name={name}
            defaultValue={many(value).join('\n')}
            rows={4}
            aria-describedby={describedBy(name, hints.length > 0, error)}
            aria-invalid={error || undefined}
            aria-required={f.required || undefined}
            className={input(error)}
          />
        </EditorField>
      );
    case 'markdown':
      // With JavaScript a toolbar above the text and a live preview beside it (wide screens: the
      // field then takes the page's whole width, the nearest @container) or below it.
      return (
        <div className="lg:has-[[data-voorbeeld]]:w-[100cqw]">
          <EditorField {...shell} hints={[]}>
            <div className="grid gap-6 lg:has-[[data-voorbeeld]]:grid-cols-2">
              <div>
                <MarkdownToolbar textareaId={fieldId(name)} texts={toolTexts} />
                <textarea
                  id={fieldId(name)}
                  name={name}
                  defaultValue={one(value)}
                  rows={20}
                  aria-describedby={[`${fieldId(name)}-opmaak`, error && fieldErrorId(name)].filter(Boolean).join(' ')}
                  aria-invalid={error || undefined}
                  className={`${input(error)} font-mono`}
                />
                <MarkdownHelp id={`${fieldId(name)}-opmaak`} />
              </div>
              <MarkdownPreview textareaId={fieldId(name)} csrf={ctx.csrf} url={urls.staffTextPreview()} texts={toolTexts} />
            </div>
          </EditorField>
        </div>
      );
    case 'text':
      return (
        <EditorField {...shell}>
          <textarea
            id={fieldId(name)}
            name={name}
            defaultValue={one(value)}
            rows={4}
            aria-describedby={describedBy(name, hints.length > 0, error)}
            aria-invalid={error || undefined}
            aria-required={f.required || undefined}
            className={input(error)}
          />
        </EditorField>
      );
    default:
      if (f.vocabulary) {
        return (
          <EditorField {...shell}>
            <select
              id={fieldId(name)}
              name={name}
              defaultValue={one(value)}
              aria-describedby={describedBy(name, hints.length > 0, error)}
              aria-invalid={error || undefined}
              aria-required={f.required || undefined}
              className={input(error)}
            >
              <option value="">{t('editor.form.choose')}</option>
              {choicesFor(f, ctx.content).map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </EditorField>
        );
      }
      return (
        <EditorField {...shell}>
          <TextInput
            name={name}
            value={one(value)}
            required={f.required}
            hint={hints.length > 0}
            error={error}
            type={f.date === 'day' ? 'date' : 'text'}
            inputMode={f.kind === 'number' ? 'numeric' : undefined}
          />
        </EditorField>
      );
  }
}

function TextInput({
  name,
  value,
  required,
  hint,
  error,
  type = 'text',
  inputMode,
  spellCheck,
}: {
  name: string;
  value: string;
  required: boolean;
  hint: boolean;
  error: boolean;
  type?: 'text' | 'date';
  inputMode?: 'numeric';
  spellCheck?: boolean;
}) {
  return (
    <input
      id={fieldId(name)}
      name={name}
      type={type}
      defaultValue={value}
      inputMode={inputMode}
      spellCheck={spellCheck}
      aria-describedby={describedBy(name, hint, error)}
      aria-invalid={error || undefined}
      aria-required={required || undefined}
      className={`${input(error)} ${type === 'date' || inputMode ? 'max-w-xs' : ''}`}
    />
  );
}

/** The short formatting help below the text: what an editor needs for most documents. */
function MarkdownHelp({ id }: { id: string }) {
  const lines = ['bodyHelpHeading', 'bodyHelpList', 'bodyHelpLink', 'bodyHelpBold', 'bodyHelpImage'] as const;
  return (
    <div id={id} className="mt-3 text-muted">
      {/* h2: the page has no other level between its title and this (axe heading-order). */}
      <h2 className="font-semibold">{t('editor.form.bodyHelpTitle')}</h2>
      <ul className="mt-1 space-y-1">
        {lines.map((key) => (
          <li key={key}>
            <code>{t(`editor.form.${key}`)}</code>
          </li>
        ))}
      </ul>
      <p className="mt-1">{t('editor.form.bodyHelpParagraph')}</p>
    </div>
  );
}
