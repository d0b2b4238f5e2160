import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatDate } from '@/lib/dates';
import { signupFormFor, signupState, type SignupState, type SignupTarget } from '@/lib/forms/definitions';

/** Why a sign-up no longer takes people: shown instead of the form. */
export async function SignupClosed({ target, state }: { target: SignupTarget; state: Exclude<SignupState, 'open'> }) {
  const t = await getTranslations('forms.signup');
  const locale = await getLocale();
  return (
    <p role="status" className="max-w-2xl border-l-4 border-ink bg-brand-50 px-4 py-3 text-lg font-semibold">
      {state === 'deadlinePassed' ? t('deadlinePassed', { date: formatDate(target.deadline!, locale) }) : t(state)}
    </p>
  );
}

/**
 * On the page of an event, agenda or programme: whether the sign-up form is open and the link to
 * it. Pages with this are prerendered, so "full" is left to the form page, which counts.
 */
export async function SignupLink({ slug }: { slug: string }) {
  const form = signupFormFor(slug);
  if (!form?.target) return null;
  const t = await getTranslations('forms.signup');
  const locale = await getLocale();
  const state = signupState(form.target, new Date(), 0);
  if (state !== 'open') return <SignupClosed target={form.target} state={state} />;
  return (
    <div className="space-y-3">
      <p>{form.target.deadline ? t('openUntil', { date: formatDate(form.target.deadline, locale) }) : t('open')}</p>
      <p>
        <Link href={form.path} className="inline-block rounded-md bg-brand-700 px-5 py-2 text-lg font-semibold text-white no-underline hover:bg-brand-800">
          {t('link')}
        </Link>
      </p>
    </div>
  );
}
