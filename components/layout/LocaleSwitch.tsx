import { localized } from '@/lib/urls';

const OTHER = { nl: 'en', en: 'nl' } as const;

export type LocaleSwitchProps = { locale: string; label: string; title: string };

/** The same page in the other language. `path` is the page's address without locale prefix. */
export function LocaleSwitch({ locale, path, label, title }: LocaleSwitchProps & { path: string }) {
  const other = OTHER[locale as keyof typeof OTHER] ?? 'en';
  return (
    <a href={localized(path, other)} hrefLang={other} lang={other} title={title} className="text-sm font-medium text-white hover:text-white">
      {label}
    </a>
  );
}
