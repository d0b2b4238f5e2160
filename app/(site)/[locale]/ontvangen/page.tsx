import type { Metadata } from 'next';
import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { PageHeader } from '@/components/layout/PageHeader';
import { database } from '@/lib/db';
import { formatLongDateTime } from '@/lib/dates';
import { formKindOf } from '@/lib/forms/definitions';

import { referenceParam } from '@/lib/http/query';
import { pageMetadata } from '@/lib/seo/metadata';
import { submissionByReference } from '@/lib/forms/submissions';
import { urls } from '@/lib/urls';
import { currentContent } from '@/lib/content';
import { formById, mailSettings } from '@/lib/forms';
import { GKA_MAILBOX } from '@/lib/site';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = translator(locale);
  // A confirmation is for the one who sent the form.
  return pageMetadata({ title: t('forms.received.title'), description: t('forms.received.title'), path: '/ontvangen', kind: 'pagina', noindex: true });
}

/** After a form: what was received, when, and its reference. Nothing the visitor typed is shown. */
export default async function ReceivedPage({ params, searchParams }: PageProps<'/[locale]/ontvangen'>) {
  await connection();
  const { locale } = await params;
  const t = translator(locale);
  const reference = referenceParam(await searchParams);
  const submission = reference ? await submissionByReference(await database(), reference) : undefined;
  if (!submission) {
    return (
      <>
        <PageHeader locale={locale} title={t('forms.received.unknownTitle')} trail={[]} />
        <div className="container-page mt-8 max-w-2xl space-y-4">
          <p>{t('forms.received.unknown')}</p>
          <p>
            <Link locale={locale} href={urls.page('contact')}>
              {t('forms.refused.back')}
            </Link>
          </p>
        </div>
      </>
    );
  }
  const form = formById(currentContent(), submission.form);
  const kind = formKindOf(submission.form);
  return (
    <>
      <PageHeader locale={locale} title={t('forms.received.title')} trail={[]} />
      <div className="container-page mt-8 max-w-2xl space-y-6">
        <div role="status" className="border-l-8 border-brand-700 bg-brand-50 p-5">
          <p className="text-xl">
            {t('forms.received.text', {
              form: t(`forms.received.kinds.${kind}`, { title: submission.targetTitle ?? '' }),
              date: formatLongDateTime(new Date(submission.receivedAt), locale),
            })}
          </p>
          <p className="mt-4 text-lg">
            {t('forms.received.reference')}: <strong className="font-mono text-2xl">{submission.reference}</strong>
          </p>
        </div>
        <p>{t('forms.received.referenceHint')}</p>
        {mailSettings() && submission.status === 'nieuw' && <p>{t('forms.received.mail')}</p>}
        {/* Who reads it and when: only what is known (the GKA mailbox, the team); no response time is published. */}
        <section aria-labelledby="wat-nu" className="space-y-3">
          <h2 id="wat-nu" className="text-xl font-bold text-brand-900">
            {t('forms.received.next.heading')}
          </h2>
          <p>{t(`forms.received.next.${kind}`, { title: submission.targetTitle ?? '' })}</p>
          <p>{t('forms.received.next.when')}</p>
          <p>{t.rich('forms.received.next.more', { mailbox: GKA_MAILBOX, mail: (chunks) => <a href={`mailto:${GKA_MAILBOX}`}>{chunks}</a> })}</p>
        </section>
        <p>
          {form?.target ? (
            <Link locale={locale} href={form.target.url}>
              {form.target.title}
            </Link>
          ) : (
            <Link locale={locale} href={urls.home()}>
              {t('forms.received.home')}
            </Link>
          )}
        </p>
      </div>
    </>
  );
}
