// Generic pages from content/paginas (over-de-gka, voor-scholen/…, contact, toegankelijkheid, privacy).
import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Prose } from '@/components/content/Prose';
import { SignupLink } from '@/components/forms/SignupStatus';
import { PageHeader } from '@/components/layout/PageHeader';
import { pageMetadata } from '@/lib/seo/metadata';
import { localized, urls } from '@/lib/urls';
import { ABOUT_IN_ENGLISH, AboutInEnglish } from './about-in-english';
import type { PageView, ViewInput } from './types';

// English visitors get one page in English: the about page, at the same address under /en.
const inEnglish = (locale: string, path: string) => locale === 'en' && path === urls.about().slice(1);

export function contentPage({ content, locale, now, params }: ViewInput<{ path: string[] }>): PageView | undefined {
  const path = params.path.map(decodeURIComponent);
  const page = content.pageByPath(path.join('/'));
  if (!page) return undefined;
  if (inEnglish(locale, page.path))
    return {
      metadata: pageMetadata({ title: ABOUT_IN_ENGLISH.title, description: ABOUT_IN_ENGLISH.lead, path: localized(urls.about(), locale), kind: 'pagina' }),
      body: <AboutInEnglish locale={locale} />,
    };
  const t = translator(locale);
  // Parents in the trail are the pages whose path is a prefix of this one (voor-scholen › dashboard).
  const trail = path
    .slice(0, -1)
    .map((_, i) => content.pageByPath(path.slice(0, i + 1).join('/')))
    .filter((p) => p !== undefined)
    .map((p) => ({ label: p.title, href: p.url, dutch: true }));
  const children = content.pages.filter((p) => p.path.startsWith(`${page.path}/`) && !p.path.slice(page.path.length + 1).includes('/'));
  return {
    metadata: pageMetadata({ title: page.title, description: page.summary, path: page.url, kind: 'pagina' }),
    body: (
      <article>
        <PageHeader
          locale={locale}
          draft={page.draft}
          dutch
          title={page.title}
          trail={trail}
          lead={page.summary}
          meta={
            page.updated ? (
              <>
                {t('common.updated')} <DateText value={page.updated!} locale={locale} long />
              </>
            ) : undefined
          }
        />
        <div className="container-page mt-8">
          <Prose doc={page} />
          {page.registration?.form && (
            <section aria-labelledby="aanmelden-titel" className="mt-10 max-w-3xl space-y-3">
              <h2 id="aanmelden-titel" className="text-2xl font-bold text-brand-900">
                {t('common.signup')}
              </h2>
              <p>{page.registration.how}</p>
              <SignupLink doc={page} locale={locale} now={now} />
            </section>
          )}
          {children.length > 0 && (
            <div className="mt-10">
              <CardList locale={locale} columns={2} items={children.map((c) => ({ href: c.url, title: c.title, summary: c.summary }))} />
            </div>
          )}
        </div>
      </article>
    ),
  };
}
