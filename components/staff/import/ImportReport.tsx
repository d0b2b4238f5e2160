import type { ReactNode } from 'react';
import { translator } from '@/i18n/translate';
import { Notice } from '@/components/ui/Notice';
import type { DryRun } from '@/lib/import';

type Props = {
  fileName: string;
  dryRun: DryRun;
  /** Where a planned file can be looked at (its preview or its page); none: no link. */
  hrefOf?: (rel: string) => string | undefined;
  /** The next step when the file has no problems: the form that proposes the import for review. */
  children?: ReactNode;
};

const CELL = 'p-2 align-top';

/**
 * The dry run of an uploaded spreadsheet: what would change, or every problem with its row and
 * column. Nothing has been written; the next step (children) proposes the planned files.
 */
export function ImportReport({ fileName, dryRun, hrefOf = () => undefined, children }: Props) {
  const t = translator('nl');
  const { problems, files, skipped, untouched, counts } = dryRun;
  const changing = files.filter((f) => f.action !== 'ongewijzigd');
  const unchanged = files.filter((f) => f.action === 'ongewijzigd');
  const page = (rel: string) => {
    const href = hrefOf(rel);
    return href ? <a href={href}>{rel}</a> : rel;
  };
  return (
    <section aria-labelledby="proefdraai-titel" className="max-w-4xl space-y-6">
      <h2 id="proefdraai-titel" className="text-2xl font-bold">
        {t('editor.import.report.title', { fileName })}
      </h2>
      <Notice as="p" role="status" tone="info" className="font-semibold">
        {t('editor.import.report.nothingChanged')}{' '}
        {problems.length === 0 &&
          t('editor.import.report.counts', { new: counts.nieuw, changed: counts.gewijzigd, unchanged: counts.ongewijzigd, untouched: untouched.length })}
      </Notice>

      {problems.length > 0 && (
        // Focused on load without JavaScript: the editor came here to read this.
        <div id="problemen" role="group" aria-labelledby="problemen-titel" tabIndex={-1} autoFocus className="border-4 border-error p-5">
          <h3 id="problemen-titel" className="text-xl font-bold">
            {t('editor.import.report.problemsTitle', { count: problems.length })}
          </h3>
          <p className="mt-2">{t('editor.import.report.problemsLead')}</p>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className={CELL}>
                    {t('editor.import.report.row')}
                  </th>
                  <th scope="col" className={CELL}>
                    {t('editor.import.report.column')}
                  </th>
                  <th scope="col" className={CELL}>
                    {t('editor.import.report.problem')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={i} className="border-b border-brand-100">
                    <td className={CELL}>{p.row ?? t('editor.import.report.wholeFile')}</td>
                    <td className={`${CELL} font-mono`}>{p.column ?? (p.row === undefined ? '' : t('editor.import.report.wholeRow'))}</td>
                    <td className={CELL}>
                      {p.message}
                      {p.fix && <span className="block text-muted">{p.fix}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}

      {problems.length === 0 && (
        <>
          {changing.length === 0 ? (
            <p>{t('editor.import.report.nothingToDo')}</p>
          ) : (
            <div>
              <h3 className="text-xl font-bold">{t('editor.import.report.filesTitle')}</h3>
              <div className="mt-3 overflow-x-auto">
                <table className="w-full border-collapse text-left">
                  <thead>
                    <tr className="border-b-2 border-ink">
                      <th scope="col" className={CELL}>
                        {t('editor.import.report.row')}
                      </th>
                      <th scope="col" className={CELL}>
                        {t('editor.import.report.file')}
                      </th>
                      <th scope="col" className={CELL}>
                        {t('editor.import.report.action')}
                      </th>
                      <th scope="col" className={CELL}>
                        {t('editor.import.report.fields')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {changing.map((f) => (
                      <tr key={f.rel} className="border-b border-brand-100">
                        <td className={CELL}>{f.row}</td>
                        <td className={`${CELL} font-mono`}>{page(f.rel)}</td>
                        <td className={CELL}>{t(`editor.import.report.actions.${f.action}`)}</td>
                        <td className={`${CELL} font-mono`}>{f.action === 'gewijzigd' ? f.fields.join(', ') : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          )}
          {children}
          <FileList title={t('editor.import.report.unchangedTitle', { count: unchanged.length })} items={unchanged.map((f) => f.rel)} page={page} />
          <FileList
            title={t('editor.import.report.untouchedTitle', { count: untouched.length })}
            lead={t('editor.import.report.untouchedLead')}
            items={untouched}
            page={page}
          />
        </>
      )}

      {skipped.length > 0 && (
        <div>
          <h3 className="text-xl font-bold">{t('editor.import.report.skippedTitle')}</h3>
          <ul className="mt-2 list-disc pl-6">
            {skipped.map((s) => (
              <li key={s.row}>{t('editor.import.report.skipped', { row: s.row, reason: s.reason })}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** A list that is long and seldom read: closed until asked for. */
function FileList({ title, lead, items, page }: { title: string; lead?: string; items: string[]; page: (rel: string) => ReactNode }) {
  if (items.length === 0) return null;
  return (
    <details>
      <summary className="cursor-pointer font-semibold">{title}</summary>
      {lead && <p className="mt-2">{lead}</p>}
      <ul className="mt-2 list-disc pl-6 font-mono">
        {items.map((rel) => (
          <li key={rel}>{page(rel)}</li>
        ))}
      </ul>
    </details>
  );
}
