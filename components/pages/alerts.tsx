// The pages of the e-mail alerts that hold nothing personal: what happens after a form, after
// unsubscribing or revoking, and why a link or form did not work, each with its own HTTP status.
// They are views of the route table (server/routes.ts), so a problem is a real 4xx: the Next pages
// and endpoints of the alerts (app/…/e-mailmeldingen) redirect here. The pages with an address or
// a form token on them are Next's.
import type { ReactNode } from 'react';
import { translator } from '@/i18n/translate';
import { PageHeader } from '@/components/layout/PageHeader';
import { Link } from '@/components/ui/Link';
import { Notice } from '@/components/ui/Notice';
import { selectionOf, selectionTitle } from '@/lib/alerts';
import { PROBLEMS, type Problem } from '@/lib/alerts/requests';
import { first } from '@/lib/http/query';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

const STATUS: Record<Problem, NonNullable<PageView['status']>> = {
  ongeldig: 400,
  verlopen: 410,
  gebruikt: 410,
  onbekend: 404,
  'te-lang': 400,
  'te-vaak': 429,
  formulier: 400,
};

/** A short page of the alerts: title, text, and the way on. Never indexed. */
function alertPage(locale: string, path: string, title: string, body: ReactNode, status?: PageView['status']): PageView {
  const t = translator(locale);
  return {
    status,
    metadata: pageMetadata({ title, path, kind: 'home', noindex: true }),
    body: (
      <>
        <PageHeader locale={locale} title={title} trail={[{ label: t('alerts.title'), href: urls.alertIndex() }]} />
        <div className="container-page mt-8 max-w-2xl space-y-4">{body}</div>
      </>
    ),
  };
}

const back = (locale: string, label: string) => (
  <p>
    <Link locale={locale} href={urls.alertIndex()}>
      {label}
    </Link>
  </p>
);

/** `?reden=`: why a link or form of the alerts did not work. */
export function alertProblemPage({ locale, query }: ViewInput): PageView {
  const t = translator(locale);
  const given = first(query, 'reden');
  const reason: Problem = (PROBLEMS as readonly string[]).includes(given) ? (given as Problem) : 'ongeldig';
  return alertPage(
    locale,
    urls.alertProblem(reason),
    t(`alerts.problem.${reason}.title`),
    <>
      <Notice as="p" className="text-lg">
        {t(`alerts.problem.${reason}.text`)}
      </Notice>
      {back(locale, t('alerts.problem.back'))}
      <p>
        <Link locale={locale} href={urls.home()}>
          {t('alerts.problem.home')}
        </Link>
      </p>
    </>,
    STATUS[reason],
  );
}

/** After the sign-up form (or `?na=link`, the manage-link form): the same words whether the address was known or not. */
export function alertCheckMailPage({ locale, query }: ViewInput): PageView {
  const t = translator(locale);
  const link = first(query, 'na') === 'link';
  return alertPage(
    locale,
    urls.alertCheckMail(),
    t('alerts.checkMail.title'),
    <>
      <Notice as="p" tone="info" role="status" className="text-lg">
        {t(link ? 'alerts.checkMail.link' : 'alerts.checkMail.signup')}
      </Notice>
      <h2 className="pt-4 text-xl font-bold text-brand-900">{t('alerts.checkMail.noMailHeading')}</h2>
      <p>{t('alerts.checkMail.noMail')}</p>
      {back(locale, t('alerts.checkMail.back'))}
    </>,
  );
}

/** "Je bent afgemeld": `?selectie=` names what (and offers it again), `?alles=ja` says everything is gone. */
export function alertUnsubscribedPage({ locale, query, content }: ViewInput): PageView {
  const t = translator(locale);
  const all = first(query, 'alles') !== '';
  const wanted = all ? undefined : selectionOf(content, first(query, 'selectie'));
  const selection = wanted?.ok ? wanted.selection : undefined;
  const title = selection && selectionTitle(content, selection.address, locale === 'en' ? 'en' : 'nl');
  return alertPage(
    locale,
    urls.alertUnsubscribed(),
    t('alerts.unsubscribed.title'),
    <>
      <Notice as="p" tone="info" role="status" className="text-lg">
        {all ? t('alerts.unsubscribed.all') : title ? t('alerts.unsubscribed.one', { title }) : t('alerts.unsubscribed.generic')}
      </Notice>
      {selection && title && (
        <p>
          {t.rich('alerts.unsubscribed.again', {
            title,
            link: (chunks) => (
              <Link locale={locale} href={urls.alertSignup(selection.address)}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      {back(locale, t('alerts.unsubscribed.index'))}
    </>,
  );
}

/** After "make all earlier links invalid": the manage page is gone too; a new link is a form away. */
export function alertRevokedPage({ locale }: ViewInput): PageView {
  const t = translator(locale);
  return alertPage(
    locale,
    urls.alertRevoked(),
    t('alerts.revoked.title'),
    <>
      <Notice as="p" tone="info" role="status" className="text-lg">
        {t('alerts.revoked.text')}
      </Notice>
      <p>
        {t.rich('alerts.revoked.newLink', {
          link: (chunks) => (
            <Link locale={locale} href={`${urls.alertIndex()}#link`}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </>,
  );
}
