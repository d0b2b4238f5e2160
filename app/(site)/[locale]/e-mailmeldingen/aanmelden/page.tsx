import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import { EmailField, FrequencyField, attemptErrors } from '@/components/alerts/AlertFields';
import { DateText } from '@/components/content/DateText';
import { Honeypot } from '@/components/forms/Honeypot';
import { PageHeader } from '@/components/layout/PageHeader';
import { Button } from '@/components/ui/Button';
import { contentLang } from '@/components/ui/Dutch';
import { Link } from '@/components/ui/Link';
import { ALERT_FIELDS, ALERT_FORMS, keptAttempt } from '@/lib/alerts/requests';
import { selectionItems, selectionOf, selectionTitle } from '@/lib/alerts';
import { currentContent } from '@/lib/content';
import { database } from '@/lib/db';
import { TOKEN_FIELD } from '@/lib/forms/receive';
import { issueToken } from '@/lib/forms/token';
import { attemptParam, first, type RawQuery } from '@/lib/http/query';
import { secretFor } from '@/lib/secret';
import { localized, urls } from '@/lib/urls';
import { alertMetadata } from '../shared';

type Props = PageProps<'/[locale]/e-mailmeldingen/aanmelden'>;

/** How many of the selection's newest items the page shows, so one sees what kind of mail comes. */
const SHOWN = 3;

/** The selection asked for, canonical, in the page's language; a redirect when there is none. */
function wanted(query: RawQuery, locale: string) {
  const content = currentContent();
  const asked = first(query, ALERT_FIELDS.selection);
  const found = selectionOf(content, asked);
  if (!found.ok) redirect(localized(urls.alertProblem(found.reason), locale));
  const { address } = found.selection;
  return { content, asked, address, title: selectionTitle(content, address, locale === 'en' ? 'en' : 'nl') };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { title } = wanted(await searchParams, locale);
  return alertMetadata(translator(locale)('alerts.signup.title', { title }), urls.alertIndex());
}

/** "E-mail ontvangen over …" (GOV.UK's "Get emails about this"): what comes, how often, to which address. */
export default async function AlertSignupPage({ params, searchParams }: Props) {
  await connection();
  const { locale } = await params;
  const query = await searchParams;
  const { content, asked, address, title } = wanted(query, locale);
  const poging = attemptParam(query);
  // One address per selection: another spelling of it (a sort order, a page, an unknown filter) goes to the canonical one.
  if (asked !== address && !poging) redirect(localized(urls.alertSignup(address), locale));
  const t = translator(locale);
  const now = new Date();
  const attempt = await keptAttempt(await database(), ALERT_FORMS.signup, poging, now);
  const errors = attemptErrors(attempt, locale);
  const newest = selectionItems(content, address, now)
    .toSorted((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, SHOWN);
  return (
    <>
      <PageHeader
        locale={locale}
        title={t('alerts.signup.title', { title })}
        trail={[{ label: t('alerts.title'), href: urls.alertIndex() }]}
        lead={t('alerts.signup.lead')}
      />
      <div className="container-page mt-8 max-w-2xl space-y-8">
        <section aria-labelledby="wat" className="space-y-3">
          <h2 id="wat" className="text-2xl font-bold text-brand-900">
            {t('alerts.signup.whatHeading')}
          </h2>
          <p>
            {t.rich('alerts.signup.what', {
              title,
              link: (chunks) => (
                <Link locale={locale} href={address}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
          {newest.length > 0 ? (
            <>
              <p>{t('alerts.signup.recent')}</p>
              <ul className="list-disc space-y-1 pl-6">
                {newest.map((item) => (
                  <li key={item.url}>
                    <Link locale={locale} href={item.url} lang={contentLang(locale)}>
                      {item.title}
                    </Link>
                    {item.date && (
                      <span className="text-muted">
                        {' '}
                        (<DateText value={item.date} locale={locale} />)
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('alerts.signup.empty')}</p>
          )}
        </section>
        {errors.summary}
        <form method="post" action={urls.alertSubmit('aanmelden')} noValidate className="space-y-7">
          <input type="hidden" name={TOKEN_FIELD} value={issueToken(secretFor('formulieren'), ALERT_FORMS.signup, now, attempt !== undefined)} />
          <input type="hidden" name="taal" value={locale} />
          <input type="hidden" name={ALERT_FIELDS.selection} value={address} />
          <FrequencyField legend={t('alerts.signup.frequencyLegend')} value={attempt?.frequency} error={errors.frequency} locale={locale} />
          <EmailField value={attempt?.email} error={errors.email} hint={t('alerts.email.hint')} locale={locale} />
          <Honeypot locale={locale} />
          <p className="text-sm">
            {t.rich('alerts.signup.privacy', {
              link: (chunks) => (
                <Link href={urls.privacy()} locale={locale}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <Button size="xl">{t('alerts.signup.submit')}</Button>
        </form>
      </div>
    </>
  );
}
