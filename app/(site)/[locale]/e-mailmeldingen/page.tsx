import type { Metadata } from 'next';
import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import { EmailField, attemptErrors } from '@/components/alerts/AlertFields';
import { Honeypot } from '@/components/forms/Honeypot';
import { PageHeader } from '@/components/layout/PageHeader';
import { Button } from '@/components/ui/Button';
import { Link } from '@/components/ui/Link';
import { ALERT_FORMS, keptAttempt } from '@/lib/alerts/requests';
import { database } from '@/lib/db';
import { TOKEN_FIELD } from '@/lib/forms/receive';
import { issueToken } from '@/lib/forms/token';
import { attemptParam } from '@/lib/http/query';
import { secretFor } from '@/lib/secret';
import { urls } from '@/lib/urls';
import { alertMetadata } from './shared';

type Props = PageProps<'/[locale]/e-mailmeldingen'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return alertMetadata(translator((await params).locale)('alerts.title'), urls.alertIndex());
}

/** What e-mail alerts are, and the form that mails a link to the manage page. */
export default async function AlertsPage({ params, searchParams }: Props) {
  await connection();
  const { locale } = await params;
  const t = translator(locale);
  const now = new Date();
  const attempt = await keptAttempt(await database(), ALERT_FORMS.link, attemptParam(await searchParams), now);
  const errors = attemptErrors(attempt, locale);
  return (
    <>
      <PageHeader locale={locale} title={t('alerts.title')} trail={[]} lead={t('alerts.lead')} />
      <div className="container-page mt-8 max-w-2xl space-y-10">
        <section aria-labelledby="wat" className="space-y-3">
          <h2 id="wat" className="text-2xl font-bold text-brand-900">
            {t('alerts.index.whatHeading')}
          </h2>
          <p>{t('alerts.index.what')}</p>
          <p>{t('alerts.index.how')}</p>
        </section>
        <section aria-labelledby="link" className="space-y-4">
          <h2 id="link" className="text-2xl font-bold text-brand-900">
            {t('alerts.index.manageHeading')}
          </h2>
          {errors.summary}
          <p>{t('alerts.index.manageText')}</p>
          <form method="post" action={urls.alertSubmit('link')} noValidate className="space-y-6">
            <input type="hidden" name={TOKEN_FIELD} value={issueToken(secretFor('formulieren'), ALERT_FORMS.link, now, attempt !== undefined)} />
            <input type="hidden" name="taal" value={locale} />
            <EmailField value={attempt?.email} error={errors.email} locale={locale} />
            <Honeypot locale={locale} />
            <Button size="lg">{t('alerts.index.submit')}</Button>
          </form>
        </section>
        <p className="text-sm">
          {t.rich('alerts.index.privacy', {
            link: (chunks) => (
              <Link href={urls.privacy()} locale={locale}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
    </>
  );
}
