import type { Metadata } from 'next';
import { translator } from '@/i18n/translate';
import { FrequencyField } from '@/components/alerts/AlertFields';
import { PageHeader } from '@/components/layout/PageHeader';
import { Button } from '@/components/ui/Button';
import { Link } from '@/components/ui/Link';
import { Notice } from '@/components/ui/Notice';
import { ALERT_FIELDS } from '@/lib/alerts/requests';
import { subscriptionsOf } from '@/lib/alerts/subscriptions';
import { choice, first } from '@/lib/http/query';
import { urls } from '@/lib/urls';
import { alertMetadata, holderOf, titleOf } from '../shared';

type Props = PageProps<'/[locale]/e-mailmeldingen/beheren'>;

const NOTICES = ['bevestigd', 'frequentie', 'afgemeld'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return alertMetadata(translator((await params).locale)('alerts.manage.title'), urls.alertIndex());
}

/**
 * The manage page of an address, from the link in every mail: each subscription with how often
 * and a way to stop it, stop everything, and revoke every link sent so far. No account: the link
 * is the key (lib/alerts/tokens.ts), so the page says to keep it to oneself.
 */
export default async function AlertManagePage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  const { db, address, code } = await holderOf(query, 'beheren', locale);
  const subscriptions = await subscriptionsOf(db, address.id);
  const t = translator(locale);
  const notice = choice(query, 'melding', NOTICES, undefined);
  const stopped = first(query, ALERT_FIELDS.selection);
  const action = urls.alertSubmit('beheren', code);
  const hidden = (actie: string, subscription?: string) => (
    <>
      <input type="hidden" name="taal" value={locale} />
      <input type="hidden" name={ALERT_FIELDS.action} value={actie} />
      {subscription && <input type="hidden" name={ALERT_FIELDS.subscription} value={subscription} />}
    </>
  );
  return (
    <>
      <PageHeader
        locale={locale}
        title={t('alerts.manage.title')}
        trail={[{ label: t('alerts.title'), href: urls.alertIndex() }]}
        lead={t('alerts.manage.for', { email: address.email })}
      />
      <div className="container-page mt-8 max-w-3xl space-y-10">
        {notice && (
          <Notice as="p" tone="info" role="status" className="text-lg">
            {notice === 'afgemeld'
              ? stopped
                ? t('alerts.manage.notices.afgemeld', { title: titleOf(stopped, locale) })
                : t('alerts.manage.notices.afgemeldZonder')
              : t(`alerts.manage.notices.${notice}`)}
          </Notice>
        )}
        {subscriptions.length === 0 ? (
          <p>{t('alerts.manage.none')}</p>
        ) : (
          <ul className="space-y-6">
            {subscriptions.map((s) => (
              <li key={s.id} className="rounded-md border border-brand-100 bg-white p-5 shadow-sm">
                <h2 className="text-xl font-semibold">
                  <Link locale={locale} href={s.selection.address}>
                    {titleOf(s.selection.address, locale)}
                  </Link>
                </h2>
                {!s.confirmed && <p className="mt-1 text-muted">{t('alerts.manage.waiting')}</p>}
                <form method="post" action={action} className="mt-4 space-y-3">
                  {hidden('frequentie', s.id)}
                  <FrequencyField legend={t('alerts.manage.frequencyLegend')} value={s.frequency} locale={locale} prefix={`frequentie-${s.id}`} />
                  <Button size="sm">{t('alerts.manage.change')}</Button>
                </form>
                <form method="post" action={action} className="mt-4">
                  {hidden('afmelden', s.id)}
                  <Button variant="danger" size="sm">
                    {t('alerts.manage.stop')}
                    <span className="sr-only"> ({titleOf(s.selection.address, locale)})</span>
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <p>{t('alerts.manage.more')}</p>
        <Notice as="p">{t('alerts.manage.keepSafe')}</Notice>
        <section aria-labelledby="alles-stoppen" className="space-y-3">
          <h2 id="alles-stoppen" className="text-2xl font-bold text-brand-900">
            {t('alerts.manage.stopAllHeading')}
          </h2>
          <p>{t('alerts.manage.stopAllText')}</p>
          <form method="post" action={action}>
            {hidden('alles-afmelden')}
            <Button variant="danger">{t('alerts.manage.stopAll')}</Button>
          </form>
        </section>
        <section aria-labelledby="intrekken" className="space-y-3">
          <h2 id="intrekken" className="text-2xl font-bold text-brand-900">
            {t('alerts.manage.revokeHeading')}
          </h2>
          <p>{t('alerts.manage.revokeText')}</p>
          <form method="post" action={action}>
            {hidden('intrekken')}
            <Button variant="danger">{t('alerts.manage.revoke')}</Button>
          </form>
        </section>
      </div>
    </>
  );
}
