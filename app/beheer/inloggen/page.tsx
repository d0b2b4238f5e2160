import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import { redirect } from 'next/navigation';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { issueToken } from '@/lib/forms/token';
import { secretFor } from '@/lib/secret';
import { STAFF_LOGIN_FORM } from '@/lib/staff/accounts';
import { currentStaff, sessionCookieValue } from '@/lib/staff';
import { loginNotice } from '@/lib/staff/view';
import { LOGIN_EMAIL_COOKIE, rememberedEmail } from '@/lib/staff/remembered-email';
import { urls } from '@/lib/urls';
import { Notice } from '@/components/ui/Notice';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';

export default async function StaffLoginPage({ searchParams }: PageProps<'/beheer/inloggen'>) {
  await connection();
  if (await currentStaff()) redirect(urls.staff());
  const t = translator('nl');
  const notice = loginNotice(await searchParams, (await sessionCookieValue()) !== undefined);
  const problem = notice === 'wrong' || notice === 'locked' || notice === 'busy' || notice === 'token';
  // After a failed attempt the address comes back (app/beheer/sessie); on a fresh visit the field is empty.
  const email = problem ? rememberedEmail((await cookies()).get(LOGIN_EMAIL_COOKIE)?.value) : '';
  return (
    <StaffDocument>
      <div className="container-page mt-8 max-w-xl space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('staff.login.title')}</h1>
        <p>{t('staff.login.lead')}</p>
        {notice && (
          <Notice
            as="p"
            id="melding"
            tabIndex={-1}
            autoFocus={problem}
            role={problem ? 'alert' : 'status'}
            tone={problem ? 'problem' : 'info'}
            className="font-semibold"
          >
            {t(`staff.login.${notice}`)}
          </Notice>
        )}
        <form method="post" action={urls.staffSession()} className="space-y-5">
          <input type="hidden" name="formulier" value={issueToken(secretFor('beheer-inloggen'), STAFF_LOGIN_FORM, new Date())} />
          <TextField id="email" name="email" type="email" label={t('staff.login.email')} autoComplete="username" defaultValue={email} required large />
          <TextField id="wachtwoord" name="wachtwoord" type="password" label={t('staff.login.password')} autoComplete="current-password" required large />
          <Button size="xl">{t('staff.login.submit')}</Button>
        </form>
      </div>
    </StaffDocument>
  );
}
