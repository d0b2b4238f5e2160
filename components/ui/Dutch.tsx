import type { ReactNode } from 'react';

/**
 * Content (Markdown in content/, names in data/) is Dutch on every locale. Under /en it says so,
 * so a screen reader reads it with a Dutch voice (WCAG 3.1.2, language of parts); on Dutch pages
 * the document's lang already covers it.
 */
export const contentLang = (locale: string) => (locale === 'nl' ? undefined : 'nl');

/** Dutch content inside running interface text. */
export function Dutch({ locale, children }: { locale: string; children: ReactNode }) {
  return locale === 'nl' ? <>{children}</> : <span lang="nl">{children}</span>;
}
