import { translator } from '@/i18n/translate';
import { DateText } from '@/components/content/DateText';
import { Facts } from '@/components/content/Facts';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { JsonLd } from '@/components/seo/JsonLd';
import { modifiedOf, siteDatasets } from '@/lib/open-data';
import { CONTACT, dcatCatalog, LICENSE } from '@/lib/open-data/format';
import { pageMetadata } from '@/lib/seo/metadata';
import { configuredOrigin, urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

export function openDataPage({ content, locale }: ViewInput): PageView {
  const t = translator(locale);
  const origin = configuredOrigin();
  const all = siteDatasets(content, origin);
  const modified = modifiedOf(content);
  return {
    metadata: pageMetadata({ title: t('openData.title'), description: t('openData.lead'), path: urls.openData(), kind: 'open-data' }),
    body: (
      <>
        <PageHeader locale={locale} title={t('openData.title')} trail={[]} lead={t('openData.lead')} />
        <div className="container-page mt-8">
          <div className="max-w-4xl">
            {/* The catalogue in the page too, for harvesters that read HTML. */}
            <JsonLd data={dcatCatalog(all, origin, modified)} />
            <p className="text-muted">{t('openData.csvNote')}</p>
            {all.map((d) => (
              <Section key={d.id} id={d.id} title={d.title}>
                <p className="max-w-3xl">{d.description}</p>
                <ul className="mt-3 flex flex-wrap gap-4 font-semibold">
                  <li>
                    <a href={urls.openDataFile(d.id, 'csv')} download>
                      {d.title} ({t('openData.csv')})
                    </a>
                  </li>
                  <li>
                    <a href={urls.openDataFile(d.id, 'json')} download>
                      {d.title} ({t('openData.json')})
                    </a>
                  </li>
                </ul>
                <div className="mt-4">
                  <Facts
                    facts={[
                      { term: t('openData.recordsLabel'), value: t('openData.records', { count: d.rows.length }) },
                      { term: t('openData.license'), value: <a href={LICENSE.uri}>{LICENSE.name}</a> },
                      { term: t('openData.contact'), value: <a href={`mailto:${CONTACT.email}`}>{CONTACT.email}</a> },
                      { term: t('openData.modified'), value: <DateText value={modified(d)} locale={locale} long /> },
                    ]}
                  />
                </div>
                {d.id === 'interventies' && <p className="mt-3">{t('openData.sourceNote')}</p>}
              </Section>
            ))}
            <p className="mt-10">
              <a href={urls.openDataCatalog()}>{t('openData.catalog')}</a>
            </p>
          </div>
        </div>
      </>
    ),
  };
}
