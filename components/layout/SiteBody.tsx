import type { ReactNode } from 'react';
import { translator } from '@/i18n/translate';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** The classes of <body> on every site page; the production server's own renderer uses them too. */
export const BODY_CLASS = 'flex min-h-screen flex-col bg-white font-sans text-base leading-relaxed antialiased';

/** Everything inside <body>: skip link, header, the page, footer. */
export function SiteBody({ locale, localeSwitch, children }: { locale: string; localeSwitch: ReactNode; children: ReactNode }) {
  const t = translator(locale);
  return (
    <>
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-3">
        {t('site.skipLink')}
      </a>
      <SiteHeader locale={locale} localeSwitch={localeSwitch} />
      <main id="inhoud" tabIndex={-1} className="flex-1 focus:outline-none">
        {locale !== 'nl' && (
          <p role="note" className="border-b border-accent-500 bg-accent-100 py-2">
            <span className="container-page block">{t('site.contentLanguageNote')}</span>
          </p>
        )}
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
