import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotFoundContent } from '@/components/layout/NotFoundContent';
import { SiteDocument } from '@/components/layout/SiteDocument';
import { routing } from '@/i18n/routing';
import { isLocale, translator } from '@/i18n/translate';

/**
 * The language of the address asked for: the locale proxy (next-intl) puts it in a request header,
 * so an unknown address under /en gets the English page. Without the header (an address the proxy
 * leaves alone), Dutch.
 */
async function requestLocale(): Promise<string> {
  const locale = (await headers()).get('x-next-intl-locale') ?? '';
  return isLocale(locale) ? locale : routing.defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: `${t('notFound.title')} | ${t('site.name')}` };
}

// Every unknown address ends here (see app/(site)/[locale]/layout.tsx): the full site, in the
// language of the address.
export default async function GlobalNotFound() {
  const locale = await requestLocale();
  return (
    <SiteDocument locale={locale}>
      <NotFoundContent locale={locale} />
    </SiteDocument>
  );
}
