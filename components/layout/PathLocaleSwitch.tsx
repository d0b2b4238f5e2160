'use client';
// Pages Next prerenders do not know their own address in the layout; the browser's does. Only
// next/navigation, which the page loads anyway: no i18n library goes to the browser for one link.
// The query goes along: on Next's pages it is what the page is about (the selection of an alert
// sign-up, the code of an alert link), and the other language must show the same.
import { Suspense } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { withoutLocale } from '@/lib/urls';
import { LocaleSwitch, type LocaleSwitchProps } from './LocaleSwitch';

function WithQuery({ path, ...props }: LocaleSwitchProps & { path: string }) {
  const query = useSearchParams()?.toString();
  return <LocaleSwitch {...props} path={query ? `${path}?${query}` : path} />;
}

export function PathLocaleSwitch(props: LocaleSwitchProps) {
  const path = withoutLocale(usePathname() ?? '/');
  // A prerendered page has no query when it is made: the link without it until the browser has it.
  return (
    <Suspense fallback={<LocaleSwitch {...props} path={path} />}>
      <WithQuery {...props} path={path} />
    </Suspense>
  );
}
