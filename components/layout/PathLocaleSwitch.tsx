'use client';
// Pages Next prerenders do not know their own address in the layout; the browser's does. Only
// next/navigation, which the page loads anyway: no i18n library goes to the browser for one link.
import { usePathname } from 'next/navigation';
import { withoutLocale } from '@/lib/urls';
import { LocaleSwitch, type LocaleSwitchProps } from './LocaleSwitch';

export function PathLocaleSwitch(props: LocaleSwitchProps) {
  return <LocaleSwitch {...props} path={withoutLocale(usePathname() ?? '/')} />;
}
