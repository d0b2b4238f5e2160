import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { formatDate } from '@/lib/dates';
import { signupFormFor, signupState, type SignupState, type SignupTarget } from '@/lib/forms/definitions';

/** Why a sign-up no longer takes people: shown instead of the form. */
export function SignupClosed({ target, state, locale }: { target: SignupTarget; state: Exclude<SignupState, 'open'>; locale: string }) {
  const t = translator(locale);
  return (
    <p role="status" className="max-w-2xl border-l-4 border-ink bg-brand-50 px-4 py-3 text-lg font-semibold">
      {state === 'deadlinePassed' ? t('forms.signup.deadlinePassed', { date: formatDate(target.deadline!, locale) }) : t(`forms.signup.${state}`)}
    </p>
  );
}

/**
 * On the page of an event, agenda or programme: whether the sign-up form is open and the link to
 * it. "Full" is left to the form page, which counts; `now` is the moment the page is rendered for.
 */
export function SignupLink({ slug, locale, now }: { slug: string; locale: string; now: Date }) {
  const form = signupFormFor(slug);
  if (!form?.target) return null;
  const t = translator(locale);
  const state = signupState(form.target, now, 0);
  if (state !== 'open') return <SignupClosed target={form.target} state={state} locale={locale} />;
  return (
    <div className="space-y-3">
      <p>{form.target.deadline ? t('forms.signup.openUntil', { date: formatDate(form.target.deadline, locale) }) : t('forms.signup.open')}</p>
      <p>
        <Link href={form.path} locale={locale} className="inline-block rounded-md bg-brand-700 px-5 py-2 text-lg font-semibold text-white no-underline hover:bg-brand-800">
          {t('forms.signup.link')}
        </Link>
      </p>
    </div>
  );
}
