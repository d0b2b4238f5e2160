import type { ReactNode } from 'react';
import { translator } from '@/i18n/translate';
import { urls } from '@/lib/urls';
import type { StaffSession } from '@/lib/staff/accounts';
import { can, type Action } from '@/lib/staff/roles';
import '@/app/globals.css';
import { preloadSiteFont } from '@/components/layout/site-font';
import { Button } from '@/components/ui/Button';

/** The parts of /beheer, in the order of the navigation, each with the action its page needs. */
const SECTIONS = [
  { key: 'content', href: urls.staffContent(), action: 'bewerken' },
  { key: 'review', href: urls.staffReview(), action: 'publiceren' },
  { key: 'submissions', href: urls.staff(), action: 'inzendingen' },
  { key: 'import', href: urls.staffImport(), action: 'bewerken' },
  // The counts are for every account; an address's data only for a beheerder (on the page).
  { key: 'alerts', href: urls.staffAlerts(), action: 'inzendingen' },
  { key: 'accounts', href: urls.staffAccounts(), action: 'accounts' },
  { key: 'audit', href: urls.staffAudit(), action: 'accounts' },
] as const satisfies readonly { key: string; href: string; action: Action }[];

export type StaffSection = (typeof SECTIONS)[number]['key'];

/**
 * The staff view's page: Dutch only, no site navigation, the account with its role and a way out,
 * and the parts of /beheer this role may use (`current`: the part this page belongs to). The
 * navigation only leaves out what the role cannot do; the server checks every page and action.
 */
export function StaffDocument({ session, current, children }: { session?: StaffSession; current?: StaffSection; children: ReactNode }) {
  const t = translator('nl');
  preloadSiteFont();
  const sections = session ? SECTIONS.filter((s) => can(session.role, s.action)) : [];
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
              {session && <p className="break-words">{t('staff.nav.loggedInAs', { email: session.email, role: t(`staff.nav.roles.${session.role}`) })}</p>}
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
        {sections.length > 0 && (
          <nav aria-label={t('staff.nav.label')} className="border-b border-brand-100 bg-brand-50">
            <ul className="container-page flex flex-wrap gap-x-1 gap-y-1 py-2">
              {sections.map((s) => (
                <li key={s.key}>
                  <a
                    href={s.href}
                    aria-current={s.key === current ? 'page' : undefined}
                    className={`inline-block rounded-md px-3 py-2 font-semibold ${
                      s.key === current ? 'bg-brand-700 text-white no-underline' : 'text-brand-800'
                    }`}
                  >
                    {t(`staff.nav.${s.key}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="inhoud" tabIndex={-1} className="flex-1 pb-16 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
