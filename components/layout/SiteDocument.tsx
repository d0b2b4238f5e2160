import type { ReactNode } from 'react';
import { GeistSans } from 'geist/font/sans';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import '@/app/globals.css';

/** The whole page around the content: used by the locale layout and by the site-wide 404. */
export async function SiteDocument({ locale, children }: { locale: string; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'site' });
  return (
    // Under /en the interface is English; Markdown bodies keep lang="nl" (see Prose).
    <html lang={locale} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-base leading-relaxed antialiased">
        <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-3">
          {t('skipLink')}
        </a>
        {/* No client component translates text (they only need the locale), so no messages are
            sent to the browser: without this every page would carry the whole message file. */}
        <NextIntlClientProvider locale={locale} messages={{}}>
          <SiteHeader />
          <main id="inhoud" tabIndex={-1} className="flex-1 focus:outline-none">
            {locale !== 'nl' && (
              <p role="note" className="border-b border-accent-500 bg-accent-100 py-2">
                <span className="container-page block">{t('contentLanguageNote')}</span>
              </p>
            )}
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
