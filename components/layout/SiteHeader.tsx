import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { SearchForm } from '@/components/search/SearchForm';
import { urls } from '@/lib/urls';
import type { ReactNode } from 'react';
import type { LocaleSwitchProps } from './LocaleSwitch';

const NAV = [
  ['themes', urls.themes()],
  ['municipalities', urls.municipalities()],
  ['interventions', urls.interventions()],
  ['current', urls.current()],
  ['forSchools', urls.forSchools()],
] as const;

/** The words of the language link; the link itself comes from the renderer, which may know the path. */
export const localeSwitchProps = (locale: string): LocaleSwitchProps => {
  const t = translator(locale);
  return { locale, label: t('nav.language'), title: t('nav.languageLabel') };
};

export function SiteHeader({ locale, localeSwitch }: { locale: string; localeSwitch: ReactNode }) {
  const t = translator(locale);
  return (
    <header className="border-b-4 border-accent-500 bg-brand-900 text-white">
      <div className="container-page flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-4">
        <div className="flex items-center gap-3">
          <span aria-hidden="true" className="grid size-11 shrink-0 place-items-center rounded-md bg-white text-lg font-bold text-brand-900">
            GKA
          </span>
          <div className="flex flex-col leading-tight">
            <Link href="/" locale={locale} className="text-lg font-semibold text-white no-underline hover:text-white hover:underline">
              {t('site.name')}
              <span className="sr-only">{t('site.homeLink')}</span>
            </Link>
            <span className="text-sm text-brand-100">{t('site.tagline')}</span>
          </div>
        </div>
        <div className="flex w-full flex-col-reverse items-stretch gap-2 sm:w-auto sm:flex-row sm:items-center sm:gap-5">
          <SearchForm locale={locale} />
          <div className="text-right">{localeSwitch}</div>
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="bg-brand-800">
        <ul className="container-page flex flex-wrap gap-x-1 py-1">
          {NAV.map(([key, href]) => (
            <li key={key}>
              <Link
                href={href}
                locale={locale}
                className="inline-block px-3 py-2.5 font-medium text-white no-underline hover:bg-brand-700 hover:text-white hover:underline"
              >
                {t(`nav.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
