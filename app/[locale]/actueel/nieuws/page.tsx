import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Pagination } from '@/components/content/Pagination';
import { PageHeader } from '@/components/layout/PageHeader';
import { news } from '@/lib/content';
import { paginate } from '@/lib/content/queries';
import { parsePage } from '@/lib/params';
import { urls } from '@/lib/urls';

const PER_PAGE = 10;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('news');
  return { title: t('title'), description: t('lead') };
}

export default async function NewsIndexPage({ params, searchParams }: PageProps<'/[locale]/actueel/nieuws'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const paged = paginate(news, parsePage((await searchParams).pagina), PER_PAGE);
  return (
    <>
      <PageHeader title={t('news.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('news.lead')} />
      <div className="container-page mt-8">
        <p className="mb-4 text-muted" aria-live="polite">
          {t('news.count', { count: paged.total })} · {t('pagination.page', { page: paged.page, count: paged.pageCount })}
        </p>
        <CardList items={paged.items.map((n) => ({ href: n.url, title: n.title, meta: <DateText value={n.date} locale={locale} />, summary: n.summary }))} />
        <Pagination page={paged.page} pageCount={paged.pageCount} hrefFor={(p) => (p === 1 ? urls.newsIndex() : `${urls.newsIndex()}?pagina=${p}`)} />
      </div>
    </>
  );
}
