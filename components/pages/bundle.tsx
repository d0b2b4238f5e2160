import { translator } from '@/i18n/translate';
import { Coverage } from '@/components/content/Coverage';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { contentLang } from '@/components/ui/Dutch';
import { Link } from '@/components/ui/Link';
import { bundleFile } from '@/lib/bundle/chapters';
import type { FileFacts } from '@/lib/bundle/files';
import { FIGURES } from '@/lib/figures';
import { formatBytes } from '@/lib/format';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

/** `files`: the bundle's PDFs of this snapshot (lib/bundle bundleFacts), made before the page. */
export function bundlePage({ content, locale, params: { files } }: ViewInput<{ files: ReadonlyMap<string, FileFacts> }>): PageView {
  const { interventions, municipalities, themes } = content;
  const t = translator(locale);
  // Format, size and pages come from the PDFs themselves.
  const entry = (href: string, title: string) => {
    const facts = files.get(href);
    return facts ? { href, label: t('bundle.file', { title, size: formatBytes(facts.bytes, locale), pages: facts.pages }) } : undefined;
  };
  const list = (items: ({ href: string; label: string } | undefined)[]) => (
    <ul className="space-y-2">
      {items
        .filter((i) => i !== undefined)
        .map((i) => (
          <li key={i.href}>
            <a href={i.href} download>
              {i.label}
            </a>
          </li>
        ))}
    </ul>
  );
  const main = entry(bundleFile.all(), t('bundle.allTitle'));
  const municipalityName = new Map(municipalities.map((m) => [m.slug, m.title]));
  return {
    metadata: pageMetadata({ title: t('bundle.title'), description: t('bundle.lead'), path: urls.bundle(), kind: 'interventies' }),
    body: (
      <>
        <PageHeader
          locale={locale}
          title={t('bundle.title')}
          trail={[{ label: t('interventions.title'), href: urls.interventions() }]}
          lead={t('bundle.lead')}
        />
        <div className="container-page mt-8">
          <div className="max-w-3xl">
            <Section id="alles" title={t('bundle.all')} className="mt-0">
              {main ? list([main]) : <p>{t('bundle.missing')}</p>}
              <p className="mt-4">{t('bundle.holds', { count: interventions.length })}</p>
              <ul className="mt-2 list-disc space-y-1 pl-6" lang={contentLang(locale)}>
                {interventions.map((i) => (
                  <li key={i.slug}>
                    <Link locale={locale} href={i.url}>
                      {i.title}
                    </Link>{' '}
                    ({municipalityName.get(i.municipality)})
                  </li>
                ))}
              </ul>
              <p className="mt-4">{t('bundle.not2022', { total: FIGURES.interventions2022, municipalities: FIGURES.municipalities })}</p>
              <div className="mt-4">
                <Coverage kind="interventions" count={interventions.length} locale={locale} />
              </div>
            </Section>
            <Section id="themas" title={t('bundle.perTheme')}>
              {list(themes.filter((th) => interventions.some((i) => i.themes.includes(th.slug))).map((th) => entry(bundleFile.theme(th.slug), th.title)))}
            </Section>
            <Section id="gemeenten" title={t('bundle.perMunicipality')}>
              {list(
                municipalities.filter((m) => interventions.some((i) => i.municipality === m.slug)).map((m) => entry(bundleFile.municipality(m.slug), m.title)),
              )}
            </Section>
          </div>
        </div>
      </>
    ),
  };
}
