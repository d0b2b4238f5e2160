import type { Metadata } from 'next';
import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { PageHeader } from '@/components/layout/PageHeader';
import { agendas } from '@/lib/content';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = translator(locale);
  return pageMetadata({ title: t('agendas.title'), description: t('agendas.lead'), path: urls.agendasIndex(), kind: 'agendas' });
}

export default async function AgendasPage({ params }: PageProps<'/[locale]/actueel/landelijke-thema-agendas'>) {
  const { locale } = await params;
  const t = translator(locale);
  return (
    <>
      <PageHeader locale={locale} title={t('agendas.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('agendas.lead')} />
      <div className="container-page mt-8">
        <CardList locale={locale} columns={3} items={agendas.map((a) => ({ href: a.url, title: a.title, summary: a.summary, meta: a.period }))} />
      </div>
    </>
  );
}
