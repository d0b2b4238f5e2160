import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { translator } from '@/i18n/translate';
import { PageHeader } from '@/components/layout/PageHeader';
import { Button } from '@/components/ui/Button';
import { Link } from '@/components/ui/Link';
import { subscriptionsOf } from '@/lib/alerts/subscriptions';
import { signAlertToken } from '@/lib/alerts/tokens';
import { secretFor } from '@/lib/secret';
import { localized, urls } from '@/lib/urls';
import { alertMetadata, holderOf, titleOf } from '../shared';

type Props = PageProps<'/[locale]/e-mailmeldingen/afmelden'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return alertMetadata(translator((await params).locale)('alerts.unsubscribe.title'), urls.alertIndex());
}

/**
 * The unsubscribe link of a mail: one button. Opening the link stops nothing (link scanners open
 * every link in a mail); the button's POST does, as does a mail program's one-click POST (RFC 8058).
 */
export default async function AlertUnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { db, token, code } = await holderOf(await searchParams, 'afmelden', locale);
  const subscription = (await subscriptionsOf(db, token.addressId)).find((s) => s.id === token.subscriptionId);
  if (!subscription) redirect(localized(urls.alertUnsubscribed(), locale));
  const t = translator(locale);
  const title = titleOf(subscription.selection.address, locale);
  const manage = signAlertToken(secretFor('e-mailmeldingen'), { use: 'beheren', addressId: token.addressId, version: token.version });
  return (
    <>
      <PageHeader locale={locale} title={t('alerts.unsubscribe.title')} trail={[{ label: t('alerts.title'), href: urls.alertIndex() }]} />
      <div className="container-page mt-8 max-w-2xl space-y-6">
        <p className="text-lg">{t('alerts.unsubscribe.question', { title })}</p>
        <form method="post" action={urls.alertSubmit('afmelden', code)}>
          <input type="hidden" name="taal" value={locale} />
          <Button size="xl">{t('alerts.unsubscribe.submit')}</Button>
        </form>
        <p>
          <Link locale={locale} href={urls.alertManage(manage)}>
            {t('alerts.unsubscribe.manage')}
          </Link>
        </p>
      </div>
    </>
  );
}
