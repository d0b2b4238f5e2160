import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/layout/PageHeader';
import type { Crumb } from '@/components/layout/Breadcrumbs';
import { database } from '@/lib/db';
import { signupState, type FormDefinition } from '@/lib/forms/definitions';
import { attemptParam, type RawQuery } from '@/lib/http/query';
import { issueToken } from '@/lib/forms/token';
import { secretFor } from '@/lib/secret';
import { loadAttempt, signupCount } from '@/lib/forms/submissions';
import { SignupClosed } from './SignupStatus';
import { SubmissionForm } from './SubmissionForm';
import { Notice } from '@/components/ui/Notice';

type Props = {
  form: FormDefinition;
  title: string;
  lead: string;
  trail: Crumb[];
  locale: string;
  searchParams: RawQuery;
  /** What the form is about, above it (a sign-up's event). */
  children?: ReactNode;
};

/** A page with one form: rendered per request, because each visitor gets their own token. */
export async function FormPage({ form, title, lead, trail, locale, searchParams, children }: Props) {
  await connection();
  const t = translator(locale);
  const now = new Date();
  const db = await database();
  const poging = attemptParam(searchParams);
  const attempt = poging ? await loadAttempt(db, poging, form.id, now) : undefined;
  const state = form.target ? signupState(form.target, now, await signupCount(db, form.target.slug)) : 'open';
  return (
    <>
      <PageHeader title={title} trail={trail} lead={lead} locale={locale} />
      <div className="container-page mt-8 space-y-8">
        {children}
        {state !== 'open' && form.target ? (
          <SignupClosed target={form.target} state={state} locale={locale} />
        ) : (
          <>
            {poging && !attempt && (
              <Notice as="p" role="status" tone="info" className="max-w-2xl">
                {t('forms.notices.lost')}
              </Notice>
            )}
            <SubmissionForm form={form} token={issueToken(secretFor('formulieren'), form.id, now, attempt !== undefined)} attempt={attempt} locale={locale} />
          </>
        )}
      </div>
    </>
  );
}
