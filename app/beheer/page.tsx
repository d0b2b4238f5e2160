import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import { Pagination } from '@/components/content/Pagination';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { ContentCoverage } from '@/components/staff/ContentCoverage';
import { formLabel } from '@/lib/staff/labels';
import { database } from '@/lib/db';
import { formatLongDateTime } from '@/lib/dates';

import { readStaffQuery, requireStaff } from '@/lib/staff';
import { PAGE_SIZE, staffFilter } from '@/lib/staff/view';
import { listSubmissions } from '@/lib/forms/submissions';
import { matching } from '@/lib/http/query';
import { queryString, urls } from '@/lib/urls';
import { Notice } from '@/components/ui/Notice';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/TextField';
import { allForms } from '@/lib/forms';
import { currentContent } from '@/lib/content';

export default async function StaffListPage({ searchParams }: PageProps<'/beheer'>) {
  await connection();
  const session = await requireStaff();
  const t = translator('nl');
  const raw = await searchParams;
  const content = currentContent();
  const { filter, invalid } = readStaffQuery(content, raw);
  const { rows, total } = await listSubmissions(await database(), filter);
  const removed = matching(raw, 'verwijderd', /^\d{1,9}$/);
  const deleted = removed === undefined ? undefined : Number(removed);
  const query = staffFilter(filter);
  return (
    <StaffDocument session={session} current="submissions">
      <div className="container-page mt-8 space-y-8">
        <h1 className="text-3xl font-bold text-brand-900">{t('staff.list.title')}</h1>
        {raw.csrf !== undefined && (
          <Notice as="p" role="alert" tone="problem">
            {t('staff.csrf')}
          </Notice>
        )}
        {deleted !== undefined && (
          <Notice as="p" role="status" tone="info" className="font-semibold">
            {t('staff.list.deleted', { count: deleted })}
          </Notice>
        )}
        {invalid.length > 0 && (
          <Notice as="p" role="status" tone="info">
            {t('staff.list.badFilter', { fields: invalid.join(', ') })}
          </Notice>
        )}
        <form method="get" action={urls.staff()} aria-labelledby="filters-titel" className="rounded-md border border-brand-100 p-5">
          <h2 id="filters-titel" className="text-xl font-bold">
            {t('staff.list.filters')}
          </h2>
          <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <SelectField id="formulier" name="formulier" label={t('staff.list.form')} defaultValue={filter.form ?? ''}>
              <option value="">{t('staff.list.allForms')}</option>
              <option value="aanmelding">{t('staff.list.allSignups')}</option>
              {allForms(content).map((f) => (
                <option key={f.id} value={f.id}>
                  {formLabel(f.id, f.target?.title)}
                </option>
              ))}
            </SelectField>
            <SelectField id="soort" name="soort" label={t('staff.list.status')} defaultValue={filter.status ?? 'nieuw'}>
              <option value="nieuw">{t('staff.list.statusNew')}</option>
              <option value="spam">{t('staff.list.statusSpam')}</option>
            </SelectField>
            <TextField id="tekst" name="tekst" type="search" label={t('staff.list.text')} defaultValue={filter.text ?? ''} maxLength={200} />
            <TextField id="van" name="van" type="date" label={t('staff.list.from')} defaultValue={filter.from ?? ''} />
            <TextField id="tot" name="tot" type="date" label={t('staff.list.to')} defaultValue={filter.to ?? ''} />
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button>{t('staff.list.apply')}</Button>
            <a href={urls.staff()}>{t('staff.list.reset')}</a>
          </div>
        </form>

        <div className="flex flex-wrap items-center justify-between gap-4">
          <p role="status" className="text-lg font-semibold">
            {t('staff.list.count', { count: total })}
          </p>
          {total > 0 && <a href={urls.staffExport(query)}>{t('staff.list.export')}</a>}
        </div>

        {rows.length === 0 ? (
          <p>{t('staff.list.none')}</p>
        ) : (
          <form method="post" action={urls.staffDelete()}>
            <input type="hidden" name="csrf" value={session.csrf} />
            <input type="hidden" name="terug" value={queryString(query)} />
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">{t('staff.list.title')}</caption>
                <thead>
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="p-2">
                      <span className="sr-only">{t('staff.list.delete')}</span>
                    </th>
                    <th scope="col" className="p-2">
                      {t('staff.list.reference')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('staff.list.form')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('staff.list.received')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id} className="border-b border-brand-100">
                      <td className="p-2">
                        <input type="checkbox" name="id" value={r.id} id={`kies-${r.id}`} className="h-5 w-5" />
                        <label htmlFor={`kies-${r.id}`} className="sr-only">
                          {t('staff.list.select', { reference: r.reference })}
                        </label>
                      </td>
                      <td className="p-2 font-mono">
                        <a href={urls.staffSubmission(r.id)}>{r.reference}</a>
                      </td>
                      <td className="p-2">{formLabel(r.form, r.targetTitle)}</td>
                      <td className="p-2">{formatLongDateTime(new Date(r.receivedAt))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Button variant="danger" className="mt-4">
              {t('staff.list.delete')}
            </Button>
          </form>
        )}
        <Pagination
          page={filter.page}
          pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))}
          hrefFor={(p) => urls.staff({ ...query, pagina: p > 1 ? String(p) : undefined })}
          locale="nl"
        />
        <ContentCoverage interventions={content.interventions.length} municipalities={content.municipalities.length} />
      </div>
    </StaffDocument>
  );
}
