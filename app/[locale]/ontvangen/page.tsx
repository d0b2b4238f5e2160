import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { PageHeader } from '@/components/layout/PageHeader';
import { database } from '@/lib/db';
import { formatLongDateTime } from '@/lib/dates';
import { formById, formKindOf } from '@/lib/forms/definitions';
import { mailSettings } from '@/lib/forms/services';
import { referenceParam } from '@/lib/forms/page-params';
import { pageMetadata } from '@/lib/metadata';
import { submissionByReference } from '@/lib/submissions';
import { urls } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('forms.received');
  // A confirmation is for the one who sent the form.
  return pageMetadata({ title: t('title'), description: t('title'), path: '/ontvangen', kind: 'pagina', noindex: true });
}

/** After a form: what was received, when, and its reference. Nothing the visitor typed is shown. */
export default async function ReceivedPage({ params, searchParams }: PageProps<'/[locale]/ontvangen'>) {
  await connection();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('forms.received');
  const reference = referenceParam(await searchParams);
  const submission = reference ? await submissionByReference(await database(), reference) : undefined;
  if (!submission) {
    return (
      <>
        <PageHeader title={t('unknownTitle')} trail={[]} />
        <div className="container-page mt-8 max-w-2xl space-y-4">
          <p>{t('unknown')}</p>
          <p>
            <Link href={urls.page('contact')}>{(await getTranslations('forms.refused'))('back')}</Link>
          </p>
        </div>
      </>
    );
  }
  const form = formById(submission.form);
  const kind = formKindOf(submission.form);
  return (
    <>
      <PageHeader title={t('title')} trail={[]} />
      <div className="container-page mt-8 max-w-2xl space-y-6">
        <div role="status" className="border-l-8 border-brand-700 bg-brand-50 p-5">
          <p className="text-xl">{t('text', { form: t(`kinds.${kind}`, { title: submission.targetTitle ?? '' }), date: formatLongDateTime(new Date(submission.receivedAt), locale) })}</p>
          <p className="mt-4 text-lg">
            {t('reference')}: <strong className="font-mono text-2xl">{submission.reference}</strong>
          </p>
        </div>
        <p>{t('referenceHint')}</p>
        {mailSettings() && submission.status === 'nieuw' && <p>{t('mail')}</p>}
        <p>
          {form?.target ? <Link href={form.target.url}>{form.target.title}</Link> : <Link href={urls.home()}>{t('home')}</Link>}
        </p>
      </div>
    </>
  );
}
