import { translator } from '@/i18n/translate';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { TextField } from '@/components/ui/TextField';
import { formatDate, formatLongDateTime, toAmsterdamDay } from '@/lib/dates';
import type { AddressData, earlierRequests } from '@/lib/alerts/staff';
import { actionLabel } from '@/lib/staff/audit-view';
import { urls } from '@/lib/urls';

type Earlier = Awaited<ReturnType<typeof earlierRequests>>;

/** What the page shows of a beheerder's lookup (a kept one, by the id in its address). */
export type AddressView =
  | { state: 'leeg' }
  | { state: 'verlopen' }
  | { state: 'fout'; typed: string }
  | { state: 'niets'; earlier: Earlier }
  | { state: 'gevonden'; data: AddressData; earlier: Earlier; lookupId: string; confirm: boolean };

const day = (d: Date) => formatDate(toAmsterdamDay(d));

/**
 * A beheerder's part of /beheer/meldingen: the lookup form (POST, the address never in a URL),
 * what is stored for the address, and deleting all of it after a confirmation step.
 */
export function AddressRequest({ csrf, view }: { csrf: string; view: AddressView }) {
  const t = translator('nl');
  const error = view.state === 'fout' ? t('staffAlerts.avg.invalid') : undefined;
  return (
    <section aria-labelledby="avg-titel" className="max-w-4xl space-y-4">
      <h2 id="avg-titel" className="text-2xl font-bold">
        {t('staffAlerts.avg.title')}
      </h2>
      <p>{t('staffAlerts.avg.lead')}</p>
      <ErrorSummary title={t('forms.errors.summaryTitle')} errors={error ? [{ href: '#avg-email', text: error }] : []} />
      <form method="post" action={urls.staffAlertsLookup()} noValidate className="max-w-xl space-y-4">
        <input type="hidden" name="csrf" value={csrf} />
        <TextField
          id="avg-email"
          name="email"
          type="email"
          label={t('staffAlerts.avg.email')}
          defaultValue={view.state === 'fout' ? view.typed : ''}
          autoComplete="off"
          spellCheck={false}
          required
          error={error}
        />
        <Button>{t('staffAlerts.avg.submit')}</Button>
      </form>
      {view.state === 'verlopen' && (
        <Notice as="p" role="status" tone="attention">
          {t('staffAlerts.avg.expired')}
        </Notice>
      )}
      {view.state === 'niets' && (
        <div id="avg-resultaat" className="space-y-4">
          <Notice as="p" role="status" tone="info" className="font-semibold">
            {t('staffAlerts.avg.nothing')}
          </Notice>
          <EarlierRequests earlier={view.earlier} Heading="h3" />
        </div>
      )}
      {view.state === 'gevonden' && <Found {...view} csrf={csrf} />}
    </section>
  );
}

function Found({ data, earlier, lookupId, confirm, csrf }: Extract<AddressView, { state: 'gevonden' }> & { csrf: string }) {
  const t = translator('nl');
  return (
    <div id="avg-resultaat" className="space-y-4 rounded-md border-2 border-brand-100 p-5">
      <h3 className="text-xl font-bold break-words">{t('staffAlerts.avg.found', { email: data.email })}</h3>
      <p>
        {t('staffAlerts.avg.since', { date: day(data.createdAt) })} {t('staffAlerts.avg.mails', data.mails)}
      </p>
      <h4 className="text-lg font-bold">{t('staffAlerts.avg.subscriptions')}</h4>
      {data.subscriptions.length === 0 ? (
        <p>{t('staffAlerts.avg.noSubscriptions')}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby="avg-aanmeldingen" tabIndex={0}>
          <table className="w-full min-w-[40rem] border-collapse text-left align-top">
            <caption id="avg-aanmeldingen" className="sr-only">
              {t('staffAlerts.avg.subscriptions')}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                {(['selection', 'frequency', 'language', 'since', 'confirmed'] as const).map((c) => (
                  <th key={c} scope="col" className="p-2">
                    {t(`staffAlerts.avg.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.subscriptions.map((s) => (
                <tr key={s.selectionAddress} className="border-b border-brand-100 align-top">
                  <th scope="row" className="min-w-[10rem] p-2 font-normal">
                    <a href={s.selectionAddress}>{s.selectionTitle}</a>
                  </th>
                  <td className="p-2">{t(`staffAlerts.avg.frequencies.${s.frequency}`)}</td>
                  <td className="p-2">{t(`staffAlerts.avg.languages.${s.locale}`)}</td>
                  <td className="p-2">{day(s.createdAt)}</td>
                  <td className="p-2">{s.confirmedAt ? t('staffAlerts.avg.confirmedOn', { date: day(s.confirmedAt) }) : t('staffAlerts.avg.notConfirmed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <EarlierRequests earlier={earlier} Heading="h4" />
      {confirm ? (
        <form method="post" action={urls.staffAlertsDelete()} aria-labelledby="avg-bevestigen" className="border-l-4 border-error bg-brand-50 p-4">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="email" value={data.email} />
          <h4 id="avg-bevestigen" tabIndex={-1} autoFocus className="text-lg font-bold break-words">
            {t('staffAlerts.avg.confirmTitle', { email: data.email })}
          </h4>
          <p className="mt-2">{t('staffAlerts.avg.confirmText')}</p>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button variant="danger">{t('staffAlerts.avg.confirmYes')}</Button>
            <a href={`${urls.staffAlerts({ adres: lookupId })}#avg-resultaat`}>{t('staffAlerts.avg.confirmNo')}</a>
          </div>
        </form>
      ) : (
        <p>
          <a href={`${urls.staffAlerts({ adres: lookupId, verwijderen: 'ja' })}#avg-bevestigen`}>{t('staffAlerts.avg.delete')}</a>
        </p>
      )}
    </div>
  );
}

function EarlierRequests({ earlier, Heading }: { earlier: Earlier; Heading: 'h3' | 'h4' }) {
  const t = translator('nl');
  if (earlier.length === 0) return null;
  return (
    <>
      <Heading className="text-lg font-bold">{t('staffAlerts.avg.earlier')}</Heading>
      <ul className="list-disc space-y-1 pl-6">
        {earlier.map((e, i) => (
          <li key={i}>{t('staffAlerts.avg.earlierItem', { when: formatLongDateTime(e.at), action: actionLabel(e.action), actor: e.actor ?? '–' })}</li>
        ))}
      </ul>
    </>
  );
}
