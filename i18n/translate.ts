// UI text for a locale, synchronously and without a request context, so the same components
// render inside Next (server components) and in the production server's own renderer
// (server/ renders search, list and time-dependent pages without Next's pipeline).
import { createTranslator, IntlErrorCode, type IntlError } from 'use-intl/core';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';
import { TIME_ZONE } from '@/lib/dates';
import { routing, type Locale } from './routing';

export type Messages = typeof nl;
const MESSAGES: Record<Locale, Messages> = { nl, en };

export const isLocale = (value: string): value is Locale => (routing.locales as readonly string[]).includes(value);
/** A mistyped locale segment falls back to Dutch rather than failing the page. */
const toLocale = (value: string): Locale => (isLocale(value) ? value : routing.defaultLocale);

// A wrong message key would otherwise show up on the page as "interventions.targetGroup". While
// building (every static page is rendered then), in development and in tests it stops everything;
// a live server logs it and shows the key rather than failing the visitor's page.
const strict = process.env.NEXT_PHASE === 'phase-production-build' || process.env.NODE_ENV !== 'production';

function onIntlError(error: IntlError) {
  if (error.code === IntlErrorCode.ENVIRONMENT_FALLBACK) return;
  if (strict) throw error;
  console.error(error);
}

function make(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE, onError: onIntlError });
}
export type Translator = ReturnType<typeof make>;

const cache = new Map<Locale, Translator>();

/** The translator of a locale; keys are checked against messages/nl.json at compile time. */
export function translator(locale: string): Translator {
  const l = toLocale(locale);
  let t = cache.get(l);
  if (!t) cache.set(l, (t = make(l)));
  return t;
}
