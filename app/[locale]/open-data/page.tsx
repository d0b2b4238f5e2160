import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DateText } from '@/components/content/DateText';
import { Facts } from '@/components/content/Facts';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { CONTACT, dcatCatalog, LICENSE } from '@/lib/open-data';
import { MODIFIED, siteDatasets } from '@/lib/open-data-site';
import { configuredOrigin, urls } from '@/lib/urls';
import { JsonLd } from '@/components/seo/JsonLd';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('openData');
  return pageMetadata({ title: t('title'), description: t('lead'), path: urls.openData(), kind: 'open-data' });
}

export default async function OpenDataPage({ params }: PageProps<'/[locale]/open-data'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('openData');
  const origin = configuredOrigin();
  const all = siteDatasets(origin);
  return (
    <>
      <PageHeader title={t('title')} trail={[]} lead={t('lead')} />
      <div className="container-page mt-8">
        <div className="max-w-4xl">
        {/* The catalogue in the page too, for harvesters that read HTML. */}
        <JsonLd data={dcatCatalog(all, origin, MODIFIED)} />
        <p className="text-muted">{t('csvNote')}</p>
        {all.map((d) => (
          <Section key={d.id} id={d.id} title={d.title}>
            <p className="max-w-3xl">{d.description}</p>
            <ul className="mt-3 flex flex-wrap gap-4 font-semibold">
              <li>
                <a href={urls.openDataFile(d.id, 'csv')} download>
                  {d.title} ({t('csv')})
                </a>
              </li>
              <li>
                <a href={urls.openDataFile(d.id, 'json')} download>
                  {d.title} ({t('json')})
                </a>
              </li>
            </ul>
            <div className="mt-4">
              <Facts
                facts={[
                  { term: t('recordsLabel'), value: t('records', { count: d.rows.length }) },
                  { term: t('license'), value: <a href={LICENSE.uri}>{LICENSE.name}</a> },
                  { term: t('contact'), value: <a href={`mailto:${CONTACT.email}`}>{CONTACT.email}</a> },
                  { term: t('modified'), value: <DateText value={MODIFIED} locale={locale} long /> },
                ]}
              />
            </div>
            {d.id === 'interventies' && <p className="mt-3">{t('exampleNote')}</p>}
          </Section>
        ))}
        <p className="mt-10">
          <a href={urls.openDataCatalog()}>{t('catalog')}</a>
        </p>
        </div>
      </div>
    </>
  );
}
