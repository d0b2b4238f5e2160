import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { isLocale, translator } from '@/i18n/translate';
import { SiteDocument } from '@/components/layout/SiteDocument';
import { configuredOrigin } from '@/lib/urls';
import { TITLE_TEMPLATE } from '@/lib/seo/metadata';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// Unknown addresses must be *unmatched* routes, never a notFound() thrown inside a page: Next 16.3+
// sends the latter as an empty error shell that only JavaScript fills in (vercel/next.js#62228).
// Unmatched routes get app/not-found.tsx, rendered on the server. Every dynamic route below sets
// dynamicParams = false for the same reason.
export const dynamicParams = false;

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = translator(locale);
  return {
    metadataBase: new URL(configuredOrigin()),
    title: { template: TITLE_TEMPLATE, default: t('site.name') },
    description: t('site.tagline'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SiteDocument locale={locale}>{children}</SiteDocument>;
}
