import { translator } from '@/i18n/translate';
import { formatDate } from '@/lib/dates';
import { signupForm, signupState, type SignupState, type SignupTarget, type WithRegistration } from '@/lib/forms/definitions';
import { Notice } from '@/components/ui/Notice';
import { ButtonLink } from '@/components/ui/Button';

/** Why a sign-up no longer takes people: shown instead of the form. */
export function SignupClosed({ target, state, locale }: { target: SignupTarget; state: Exclude<SignupState, 'open'>; locale: string }) {
  const t = translator(locale);
  return (
    <Notice as="p" role="status" tone="info" className="max-w-2xl text-lg font-semibold">
      {state === 'deadlinePassed' ? t('forms.signup.deadlinePassed', { date: formatDate(target.deadline!, locale) }) : t(`forms.signup.${state}`)}
    </Notice>
  );
}

/**
 * On the page of an event, agenda or programme (`doc`): whether its sign-up form is open and the
 * link to it. "Full" is left to the form page, which counts; `now` is the moment the page is rendered for.
 */
export function SignupLink({ doc, locale, now }: { doc: WithRegistration; locale: string; now: Date }) {
  const form = signupForm(doc);
  if (!form?.target) return null;
  const t = translator(locale);
  const state = signupState(form.target, now, 0);
  if (state !== 'open') return <SignupClosed target={form.target} state={state} locale={locale} />;
  return (
    <div className="space-y-3">
      <p>{form.target.deadline ? t('forms.signup.openUntil', { date: formatDate(form.target.deadline, locale) }) : t('forms.signup.open')}</p>
      <p>
        <ButtonLink href={form.path} locale={locale} size="lg">
          {t('forms.signup.link')}
        </ButtonLink>
      </p>
    </div>
  );
}
