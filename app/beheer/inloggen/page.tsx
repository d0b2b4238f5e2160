import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import { redirect } from 'next/navigation';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { issueToken } from '@/lib/forms/token';
import { serverSecret } from '@/lib/secret';
import { STAFF_LOGIN_FORM } from '@/lib/staff/accounts';
import { currentStaff } from '@/lib/staff';
import { loginNotice } from '@/lib/staff/view';
import { urls } from '@/lib/urls';


export default async function StaffLoginPage({ searchParams }: PageProps<'/beheer/inloggen'>) {
  await connection();
  if (await currentStaff()) redirect(urls.staff());
  const t = translator('nl');
  const notice = loginNotice(await searchParams);
  const problem = notice === 'wrong' || notice === 'locked' || notice === 'token';
  return (
    <StaffDocument>
      <div className="container-page mt-8 max-w-xl space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('staff.login.title')}</h1>
        <p>{t('staff.login.lead')}</p>
        {notice && (
          <p
            id="melding"
            tabIndex={-1}
            autoFocus={problem}
            role={problem ? 'alert' : 'status'}
            className={`border-l-4 px-4 py-3 font-semibold ${problem ? 'border-error text-error' : 'border-brand-700 bg-brand-50'}`}
          >
            {t(`staff.login.${notice}`)}
          </p>
        )}
        <form method="post" action={`${urls.staff()}/sessie`} className="space-y-5">
          <input type="hidden" name="formulier" value={issueToken(serverSecret(), STAFF_LOGIN_FORM, new Date())} />
          <div>
            <label htmlFor="email" className="block text-lg font-semibold">
              {t('staff.login.email')}
            </label>
            <input id="email" name="email" type="email" autoComplete="username" required className="mt-2 w-full rounded-md border-2 border-ink px-3 py-2 text-lg" />
          </div>
          <div>
            <label htmlFor="wachtwoord" className="block text-lg font-semibold">
              {t('staff.login.password')}
            </label>
            <input id="wachtwoord" name="wachtwoord" type="password" autoComplete="current-password" required className="mt-2 w-full rounded-md border-2 border-ink px-3 py-2 text-lg" />
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800">
            {t('staff.login.submit')}
          </button>
        </form>
      </div>
    </StaffDocument>
  );
}
