import { translator } from '@/i18n/translate';
import { formatLongDateTime } from '@/lib/dates';
import { FREQUENCIES } from '@/lib/alerts/items';
import type { AlertCounts as Counts } from '@/lib/alerts/staff';
import { MAX_ATTEMPTS } from '@/lib/mail/outbox';

const NUMBER = 'p-2 text-right tabular-nums';

/** The outbox and the followers per selection: numbers only, for every staff role. */
export function AlertCounts({ counts }: { counts: Counts }) {
  const t = translator('nl');
  const number = (n: number) => n.toLocaleString('nl-NL');
  const { outbox, totals, selections } = counts;
  return (
    <>
      <section aria-labelledby="overzicht-titel" className="space-y-4">
        <h2 id="overzicht-titel" className="text-2xl font-bold">
          {t('staffAlerts.outbox.title')}
        </h2>
        <dl className="grid max-w-3xl grid-cols-[minmax(0,1fr)_auto] gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          {(
            [
              ['addresses', totals.addresses],
              ['waiting', outbox.waiting],
              ['failed', outbox.failed],
              ['sentToday', outbox.sentToday],
            ] as const
          ).map(([key, n]) => (
            <div key={key} className="contents">
              <dt className="font-semibold">{t(`staffAlerts.outbox.${key}`)}</dt>
              <dd className="tabular-nums">{number(n)}</dd>
            </div>
          ))}
        </dl>
        {outbox.failed > 0 && <p className="max-w-3xl">{t('staffAlerts.outbox.failedHint', { attempts: MAX_ATTEMPTS })}</p>}
      </section>

      <section aria-labelledby="selecties-titel" className="space-y-4">
        <h2 id="selecties-titel" className="text-2xl font-bold">
          {t('staffAlerts.selections.title')}
        </h2>
        <p className="max-w-3xl">{t('staffAlerts.selections.lead')}</p>
        {selections.length === 0 ? (
          <p>{t('staffAlerts.selections.none')}</p>
        ) : (
          // A wide table scrolls sideways on a phone; the region lets a keyboard do it too.
          <div className="overflow-x-auto" role="region" aria-labelledby="selecties-tabel" tabIndex={0}>
            <table className="w-full min-w-[52rem] border-collapse text-left align-top">
              <caption id="selecties-tabel" className="sr-only">
                {t('staffAlerts.selections.caption')}
              </caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2">
                    {t('staffAlerts.selections.columns.selection')}
                  </th>
                  {([...FREQUENCIES, 'unconfirmed', 'sent'] as const).map((c) => (
                    <th key={c} scope="col" className="p-2 text-right">
                      {t(`staffAlerts.selections.columns.${c}`)}
                    </th>
                  ))}
                  <th scope="col" className="p-2">
                    {t('staffAlerts.selections.columns.lastSent')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {selections.map((s) => (
                  <tr key={s.id} className="border-b border-brand-100 align-top">
                    <th scope="row" className="min-w-[12rem] p-2 font-normal">
                      {/* The Dutch page: a selection's address is the same in both languages, without /en. */}
                      <a href={s.address} className="font-semibold">
                        {s.title}
                      </a>
                      <span className="block text-sm break-words text-muted">{s.address}</span>
                    </th>
                    {FREQUENCIES.map((f) => (
                      <td key={f} className={NUMBER}>
                        {number(s.confirmed[f])}
                      </td>
                    ))}
                    <td className={NUMBER}>{number(s.unconfirmed)}</td>
                    <td className={NUMBER}>{number(s.sentRecently)}</td>
                    <td className="p-2">
                      {s.lastSent ? formatLongDateTime(s.lastSent) : <span className="text-muted">{t('staffAlerts.selections.never')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t-2 border-ink font-semibold">
                  <th scope="row" className="p-2">
                    {t('staffAlerts.selections.total')}
                  </th>
                  {FREQUENCIES.map((f) => (
                    <td key={f} className={NUMBER}>
                      {number(totals.confirmed[f])}
                    </td>
                  ))}
                  <td className={NUMBER}>{number(totals.unconfirmed)}</td>
                  <td className={NUMBER}>{number(totals.sentRecently)}</td>
                  <td className="p-2" />
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
