import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { formLabel } from '@/lib/staff/labels';
import { database } from '@/lib/db';
import { formatLongDateTime } from '@/lib/dates';
import { FIELD_NAMES } from '@/lib/forms/fields';
import { MAX_ATTEMPTS } from '@/lib/mail/outbox';
import { requireStaff } from '@/lib/staff';
import { submissionById } from '@/lib/forms/submissions';
import { urls } from '@/lib/urls';
import { Button } from '@/components/ui/Button';

/** One submission with every field as plain text (React escapes it: nothing typed renders as markup). */
export default async function StaffSubmissionPage({ params }: PageProps<'/beheer/inzendingen/[id]'>) {
  await connection();
  const session = await requireStaff();
  const t = translator('nl');
  const tf = translator('nl');
  const submission = await submissionById(await database(), (await params).id);
  const back = (
    <p>
      <a href={urls.staff()}>← {t('staff.detail.back')}</a>
    </p>
  );
  if (!submission) {
    return (
      <StaffDocument session={session} current="submissions">
        <div className="container-page mt-8 space-y-6">
          {back}
          <h1 className="text-3xl font-bold text-brand-900">{t('staff.detail.notFound')}</h1>
        </div>
      </StaffDocument>
    );
  }
  const fields = FIELD_NAMES.filter((name) => submission.values[name] !== undefined);
  return (
    <StaffDocument session={session} current="submissions">
      <div className="container-page mt-8 max-w-3xl space-y-8">
        {back}
        <h1 className="text-3xl font-bold text-brand-900">
          {formLabel(submission.form, submission.targetTitle)} <span className="font-mono">{submission.reference}</span>
        </h1>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t('staff.list.received')}</dt>
          <dd>{formatLongDateTime(new Date(submission.receivedAt))}</dd>
          <dt className="font-semibold">{t('staff.list.status')}</dt>
          <dd>{submission.status === 'spam' ? t('staff.list.statusSpam') : t('staff.list.statusNew')}</dd>
          {fields.map((name) => (
            <div key={name} className="contents">
              <dt className="font-semibold">{tf(`forms.fields.${name}.label`)}</dt>
              <dd className="break-words whitespace-pre-wrap">{submission.values[name] || '—'}</dd>
            </div>
          ))}
          <dt className="font-semibold">{t('staff.detail.deleteAfter')}</dt>
          <dd>{formatLongDateTime(new Date(submission.deleteAfter))}</dd>
        </dl>
        <section aria-labelledby="mail-titel" className="space-y-2">
          <h2 id="mail-titel" className="text-xl font-bold">
            {t('staff.detail.mails')}
          </h2>
          {submission.mails.length === 0 ? (
            <p>{t('staff.detail.noMail')}</p>
          ) : (
            <ul className="space-y-2">
              {submission.mails.map((m) => (
                <li key={m.kind}>
                  {m.kind} → {m.recipient}:{' '}
                  {m.sentAt
                    ? `${t('staff.detail.mailSent')} ${formatLongDateTime(new Date(m.sentAt))}`
                    : m.attempts >= MAX_ATTEMPTS
                      ? t('staff.detail.mailFailed', { attempts: m.attempts })
                      : t('staff.detail.mailPending', { attempts: m.attempts })}
                  {m.lastError && !m.sentAt && (
                    <span className="block text-sm text-muted">
                      {t('staff.detail.lastError')}: {m.lastError}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <form method="post" action={urls.staffDelete()}>
          <input type="hidden" name="csrf" value={session.csrf} />
          <input type="hidden" name="id" value={submission.id} />
          <Button variant="danger">{t('staff.detail.delete')}</Button>
        </form>
      </div>
    </StaffDocument>
  );
}
