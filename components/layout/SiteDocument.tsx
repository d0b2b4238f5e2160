import type { ReactNode } from 'react';
import { PathLocaleSwitch } from './PathLocaleSwitch';
import { BODY_CLASS, SiteBody } from './SiteBody';
import { localeSwitchProps } from './SiteHeader';
import '@/app/globals.css';
import { preloadSiteFont } from './site-font';

/** The whole page as Next renders it: used by the locale layout and by the site-wide 404. */
export function SiteDocument({ locale, children }: { locale: string; children: ReactNode }) {
  preloadSiteFont();
  return (
    // Under /en the interface is English; Markdown bodies keep lang="nl" (see Prose).
    <html lang={locale}>
      <body className={BODY_CLASS}>
        <SiteBody locale={locale} localeSwitch={<PathLocaleSwitch {...localeSwitchProps(locale)} />}>
          {children}
        </SiteBody>
      </body>
    </html>
  );
}
