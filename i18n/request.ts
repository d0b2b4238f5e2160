import { hasLocale, IntlErrorCode, type IntlError } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

// A wrong message key would otherwise show up on the page as "interventions.targetGroup". While
// building (every static page is rendered then) and in development it stops everything; a live
// server logs it and shows the key rather than failing the visitor's page.
const strict = process.env.NEXT_PHASE === 'phase-production-build' || process.env.NODE_ENV !== 'production';

function onError(error: IntlError) {
  if (error.code === IntlErrorCode.ENVIRONMENT_FALLBACK) return;
  if (strict) throw error;
  console.error(error);
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: 'Europe/Amsterdam',
    onError,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
