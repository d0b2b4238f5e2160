'use client';
// A client leaf only because it needs the current path; it renders on the server as a plain link.
import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

export function LocaleSwitch({ label, title }: { label: string; title: string }) {
  const pathname = usePathname();
  const other = useLocale() === 'nl' ? 'en' : 'nl';
  return (
    <Link href={pathname} locale={other} hrefLang={other} lang={other} title={title} className="text-sm font-medium text-white hover:text-white">
      {label}
    </Link>
  );
}
