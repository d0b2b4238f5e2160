import type { Metadata } from 'next';
import { GeistSans } from 'geist/font/sans';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    title: { template: `%s | ${t('name')}`, default: t('name') },
    description: t('tagline'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('site');
  return (
    // Under /en the interface is English; Markdown bodies keep lang="nl" (see Prose).
    <html lang={locale} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-base leading-relaxed antialiased">
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-3"
        >
          {t('skipLink')}
        </a>
        <NextIntlClientProvider>
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
