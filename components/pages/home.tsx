import { translator } from '@/i18n/translate';
import { contentLang } from '@/components/ui/Dutch';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Section } from '@/components/content/Section';
import { JsonLd } from '@/components/seo/JsonLd';
import { Link } from '@/components/ui/Link';
import { splitEvents } from '@/lib/content/queries';
import { FIGURES } from '@/lib/figures';
import { pageMetadata } from '@/lib/seo/metadata';
import { organization } from '@/lib/seo/structured-data';
import { configuredOrigin, urls } from '@/lib/urls';
import type { PageInput, PageView } from './types';

/** The home page: what it lists (latest news, upcoming events) follows the clock. */
export function homePage({ locale, content, now }: Omit<PageInput, 'query'>): PageView {
  const t = translator(locale);
  const { news, events, themes, interventions } = content;
  const { upcoming } = splitEvents(events, now);
  const tasks = [
    ['taskInterventions', urls.interventions()],
    ['taskAgendas', urls.agendasIndex()],
    ['taskCoordinator', urls.coordinators()],
    ['taskMunicipalities', urls.municipalities()],
  ] as const;
  const figures = [
    [FIGURES.municipalities, t('home.figureMunicipalities')],
    [FIGURES.newMunicipalities2020to2022, t('home.figureNew')],
    [FIGURES.interventions2022, t('home.figureInterventions')],
    [FIGURES.nationalAgendas, t('home.figureAgendas')],
  ] as const;

  return {
    // The home page is the one title without the " | Gelijke Kansen Alliantie" suffix.
    metadata: {
      ...pageMetadata({ title: t('site.name'), description: t('site.tagline'), path: urls.home(), kind: 'home' }),
      title: { absolute: t('site.name') },
    },
    body: (
      <>
        <JsonLd data={organization(configuredOrigin())} />
        <div className="bg-brand-50">
          <div className="container-page py-10 sm:py-14">
            <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-brand-900 text-balance sm:text-5xl">{t('home.title')}</h1>
            <p className="mt-5 max-w-2xl text-lg sm:text-xl">{t('home.lead')}</p>
            {/* On both homes: the one page in English, for English visitors who land on the Dutch site. */}
            <p className="mt-4">
              <Link href={urls.about()} locale="en" lang="en" hrefLang="en" className="font-semibold">
                {t('home.inEnglish')}
              </Link>
            </p>
          </div>
        </div>
        <div className="container-page">
          <Section id="taken" title={t('home.tasksHeading')}>
            <ul className="grid gap-4 sm:grid-cols-2">
              {tasks.map(([key, href]) => (
                <li key={key} className="relative rounded-md border-l-4 border-accent-500 bg-white p-5 shadow-sm ring-1 ring-brand-100 hover:ring-brand-600">
                  <h3 className="text-lg font-semibold">
                    <Link href={href} locale={locale} className="after:absolute after:inset-0">
                      {t(`home.${key}`)}
                    </Link>
                  </h3>
                  <p className="mt-1 text-muted">{t(`home.${key}Text`)}</p>
                </li>
              ))}
            </ul>
          </Section>

          <Section id="cijfers" title={t('home.figures')}>
            <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
              {figures.map(([value, label]) => (
                <div key={label} className="flex flex-col-reverse justify-end rounded-md bg-brand-900 p-5 text-white">
                  <dt className="mt-1 text-brand-100">{label}</dt>
                  <dd className="text-4xl font-bold">{value}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-sm text-muted">{t('home.figuresSource')}</p>
            <p className="mt-4">
              {t('home.coverage', { count: interventions.length })}{' '}
              <Link href={urls.interventions()} locale={locale} className="font-semibold">
                {t('home.coverageLink')}
              </Link>
            </p>
          </Section>

          <div className="grid gap-x-10 lg:grid-cols-2">
            <Section id="nieuws" title={t('home.latestNews')}>
              <CardList
                headingLevel={3}
                locale={locale}
                items={news.slice(0, 3).map((n) => ({ href: n.url, title: n.title, meta: <DateText value={n.date} locale={locale} />, summary: n.summary }))}
              />
              <p className="mt-4">
                <Link href={urls.newsIndex()} locale={locale}>
                  {t('home.allNews')}
                </Link>
              </p>
            </Section>
            <Section id="activiteiten" title={t('home.upcomingEvents')}>
              {upcoming.length > 0 ? (
                <CardList
                  headingLevel={3}
                  locale={locale}
                  items={upcoming
                    .slice(0, 3)
                    .map((e) => ({ href: e.url, title: e.title, meta: <DateText value={e.start} locale={locale} long />, summary: e.summary }))}
                />
              ) : (
                <p>{t('home.noUpcoming')}</p>
              )}
              <p className="mt-4">
                <Link href={urls.eventsIndex()} locale={locale}>
                  {t('home.allEvents')}
                </Link>
              </p>
            </Section>
          </div>

          <Section id="themas" title={t('home.themesHeading')}>
            <ul lang={contentLang(locale)} className="flex flex-wrap gap-2">
              {themes.map((theme) => (
                <li key={theme.slug}>
                  <Link href={theme.url} locale={locale} className="inline-block rounded-full border border-brand-600 px-4 py-1.5 no-underline hover:underline">
                    {theme.title}
                  </Link>
                </li>
              ))}
            </ul>
          </Section>
        </div>
      </>
    ),
  };
}
