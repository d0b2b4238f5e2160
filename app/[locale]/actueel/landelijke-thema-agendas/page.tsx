import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardList } from '@/components/content/CardList';
import { PageHeader } from '@/components/layout/PageHeader';
import { agendas } from '@/lib/content';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('agendas');
  return pageMetadata({ title: t('title'), description: t('lead'), path: urls.agendasIndex(), kind: 'agendas' });
}

export default async function AgendasPage({ params }: PageProps<'/[locale]/actueel/landelijke-thema-agendas'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('agendas.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('agendas.lead')} />
      <div className="container-page mt-8">
        <CardList columns={3} items={agendas.map((a) => ({ href: a.url, title: a.title, summary: a.summary, meta: a.period }))} />
      </div>
    </>
  );
}
