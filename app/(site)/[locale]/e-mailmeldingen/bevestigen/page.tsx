import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { translator } from '@/i18n/translate';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { PageHeader } from '@/components/layout/PageHeader';
import { Button } from '@/components/ui/Button';
import { ALERT_FIELDS } from '@/lib/alerts/requests';
import { pendingOf } from '@/lib/alerts/subscriptions';
import { first } from '@/lib/http/query';
import { localized, urls } from '@/lib/urls';
import { alertMetadata, holderOf, titleOf } from '../shared';

type Props = PageProps<'/[locale]/e-mailmeldingen/bevestigen'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return alertMetadata(translator((await params).locale)('alerts.confirm.title'), urls.alertIndex());
}

/**
 * The confirmation link's page: what it would confirm, each ticked, and one button. Opening it
 * confirms nothing (mail scanners open every link); the button does (a POST).
 */
export default async function AlertConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  const { db, now, address, code } = await holderOf(query, 'bevestigen', locale);
  const pending = await pendingOf(db, address.id, now);
  if (pending.length === 0) redirect(localized(urls.alertProblem('gebruikt'), locale));
  const t = translator(locale);
  const none = first(query, 'fout') === 'geen-keuze';
  return (
    <>
      <PageHeader
        locale={locale}
        title={t('alerts.confirm.title')}
        trail={[{ label: t('alerts.title'), href: urls.alertIndex() }]}
        lead={t('alerts.confirm.for', { email: address.email })}
      />
      <div className="container-page mt-8 max-w-2xl space-y-6">
        <ErrorSummary title={t('forms.errors.summaryTitle')} errors={none ? [{ href: `#abonnement-${pending[0].id}`, text: t('alerts.confirm.none') }] : []} />
        <p>{t('alerts.confirm.lead')}</p>
        <form method="post" action={urls.alertSubmit('bevestigen', code)} className="space-y-6">
          <input type="hidden" name="taal" value={locale} />
          <fieldset>
            <legend className="sr-only">{t('alerts.confirm.legend')}</legend>
            <ul className="space-y-4">
              {pending.map((s) => (
                <li key={s.id} className="flex items-start gap-3 rounded-md border border-brand-100 bg-white p-4">
                  <input
                    id={`abonnement-${s.id}`}
                    type="checkbox"
                    name={ALERT_FIELDS.subscription}
                    value={s.id}
                    defaultChecked
                    aria-describedby={`abonnement-${s.id}-hoe`}
                    className="mt-1 size-5 shrink-0 accent-brand-700"
                  />
                  <div>
                    <label htmlFor={`abonnement-${s.id}`} className="font-semibold">
                      {titleOf(s.selection.address, locale)}
                    </label>
                    <p id={`abonnement-${s.id}-hoe`} className="text-muted">
                      {t('alerts.confirm.how', { frequency: t(`alerts.frequency.${s.frequency}`) })}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          </fieldset>
          <Button size="xl">{t('alerts.confirm.submit')}</Button>
        </form>
      </div>
    </>
  );
}
