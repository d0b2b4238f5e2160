import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import { Pagination } from '@/components/content/Pagination';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/TextField';
import { database } from '@/lib/db';
import { formatLongDateTime } from '@/lib/dates';
import { requireRole } from '@/lib/staff';
import { AUDIT_PAGE_SIZE, listAudit } from '@/lib/staff/audit';
import { actionLabel, auditActions, describeDetail, readAuditQuery } from '@/lib/staff/audit-view';
import { urls } from '@/lib/urls';

// The result in words and a mark, so it does not rest on colour alone (WCAG 1.4.1).
const OUTCOME_LOOK = { ok: 'text-ink', geweigerd: 'font-semibold text-error', mislukt: 'font-semibold text-error' } as const;
const OUTCOME_MARK = { ok: '✓', geweigerd: '✕', mislukt: '!' } as const;

/** The audit log (beheerder only): newest first, filtered by account and action in the address. */
export default async function StaffAuditPage({ searchParams }: PageProps<'/beheer/logboek'>) {
  await connection();
  const session = await requireRole('accounts', urls.staffAudit());
  const t = translator('nl');
  const db = await database();
  const filter = readAuditQuery(await searchParams);
  const [{ rows, total }, actions] = await Promise.all([listAudit(db, filter), auditActions(db)]);
  const query = { account: filter.actor, actie: filter.action };
  return (
    <StaffDocument session={session} current="audit">
      <div className="container-page mt-8 space-y-8">
        <div className="max-w-3xl space-y-4">
          <h1 className="text-3xl font-bold text-brand-900">{t('staff.audit.title')}</h1>
          <p>{t('staff.audit.lead')}</p>
        </div>
        <form method="get" action={urls.staffAudit()} aria-labelledby="filters-titel" className="rounded-md border border-brand-100 p-5">
          <h2 id="filters-titel" className="text-xl font-bold">
            {t('staff.audit.filters')}
          </h2>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <TextField id="account" name="account" type="email" label={t('staff.audit.account')} defaultValue={filter.actor ?? ''} spellCheck={false} />
            <SelectField id="actie" name="actie" label={t('staff.audit.action')} defaultValue={filter.action ?? ''}>
              <option value="">{t('staff.audit.allActions')}</option>
              {actions.map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button>{t('staff.audit.apply')}</Button>
            <a href={urls.staffAudit()}>{t('staff.audit.reset')}</a>
          </div>
        </form>
        <p role="status" className="text-lg font-semibold">
          {t('staff.audit.count', { count: total })}
        </p>
        {rows.length === 0 ? (
          <p>{t('staff.audit.none')}</p>
        ) : (
          // A wide table scrolls sideways on a phone; the region lets a keyboard do it too.
          <div className="overflow-x-auto" role="region" aria-labelledby="logboek-tabel" tabIndex={0}>
            <table className="w-full min-w-[64rem] border-collapse text-left align-top">
              <caption id="logboek-tabel" className="sr-only">
                {t('staff.audit.title')}
              </caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  {(['when', 'who', 'what', 'about', 'result', 'detail'] as const).map((c) => (
                    <th key={c} scope="col" className="p-2">
                      {t(`staff.audit.columns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-b border-brand-100 align-top">
                    <td className="min-w-[11rem] p-2">{formatLongDateTime(new Date(r.at))}</td>
                    <td className="p-2 whitespace-nowrap">
                      {r.actor ?? <span className="text-muted">{t(r.detail?.via ? 'staff.audit.commandLine' : 'staff.audit.nobody')}</span>}
                    </td>
                    <td className="p-2">{actionLabel(r.action)}</td>
                    <td className="p-2 break-words">{r.target ?? ''}</td>
                    <td className={`p-2 whitespace-nowrap ${OUTCOME_LOOK[r.outcome]}`}>
                      <span aria-hidden="true">{OUTCOME_MARK[r.outcome]} </span>
                      {t(`staff.audit.outcomes.${r.outcome}`)}
                    </td>
                    <td className="p-2">
                      {[describeDetail(r.detail), r.client ? t('staff.audit.from', { client: r.client }) : ''].filter(Boolean).join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination
          page={filter.page}
          pageCount={Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))}
          hrefFor={(p) => urls.staffAudit({ ...query, pagina: p > 1 ? String(p) : undefined })}
          locale="nl"
        />
      </div>
    </StaffDocument>
  );
}
