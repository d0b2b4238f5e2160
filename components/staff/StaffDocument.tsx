import type { ReactNode } from 'react';
import { translator } from '@/i18n/translate';
import { urls } from '@/lib/urls';
import type { StaffSession } from '@/lib/staff/accounts';
import '@/app/globals.css';
import { preloadSiteFont } from '@/components/layout/site-font';
import { Button } from '@/components/ui/Button';

/** The staff view's page: Dutch only, no site navigation, the account and a way out. */
export function StaffDocument({ session, children }: { session?: StaffSession; children: ReactNode }) {
  const t = translator('nl');
  preloadSiteFont();
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col bg-white font-sans text-base leading-relaxed antialiased">
        <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-3">
          {t('site.skipLink')}
        </a>
        <header className="border-b-4 border-brand-700 bg-brand-900 text-white">
          <div className="container-page flex flex-wrap items-center justify-between gap-4 py-4">
            <p className="text-xl font-bold">
              {t('site.name')} · {t('staff.title')}
            </p>
            <div className="flex flex-wrap items-center gap-4">
              {session && <p>{t('staff.loggedInAs', { email: session.email })}</p>}
              {session && (
                <form method="post" action={urls.staffLogout()}>
                  <input type="hidden" name="csrf" value={session.csrf} />
                  <Button variant="onDark" size="sm">
                    {t('staff.logout')}
                  </Button>
                </form>
              )}
              <a href={urls.home()} className="text-white">
                {t('staff.siteLink')}
              </a>
            </div>
          </div>
        </header>
        <main id="inhoud" tabIndex={-1} className="flex-1 pb-16 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
