import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { SelectField, TextField } from '@/components/ui/TextField';
import { database } from '@/lib/db';
import { formatDate, toAmsterdamDay } from '@/lib/dates';
import { requireRole } from '@/lib/staff';
import { listAccounts } from '@/lib/staff/accounts';
import { generatePassword, NAME_MAX, readAccountsQuery, type Field, type Problems } from '@/lib/staff/administration';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from '@/lib/staff/roles';
import { urls } from '@/lib/urls';

/** The staff accounts (beheerder only): each with its name and role to change, and one to add. */
export default async function StaffAccountsPage({ searchParams }: PageProps<'/beheer/accounts'>) {
  await connection();
  const session = await requireRole('accounts', urls.staffAccounts());
  const t = translator('nl');
  const accounts = await listAccounts(await database());
  const query = readAccountsQuery(await searchParams);
  const message = (problems: Problems, field: Field) => (problems[field] ? t(`staff.accounts.errors.${problems[field]}`) : undefined);
  const addProblems = query.form === 'toevoegen' ? query.problems : {};
  const rowProblems = (email: string) => (query.form === 'wijzigen' && query.account === email ? query.problems : {});
  const rowId = (i: number, field: string) => `account-${i}-${field}`;
  // The summary links each message to its field: the add form's, or the row's of the account.
  const row = accounts.findIndex((a) => a.email === query.account);
  const summary =
    query.form === 'toevoegen'
      ? (['email', 'naam', 'rol', 'wachtwoord'] as const)
          .filter((f) => addProblems[f])
          .map((f) => ({ href: f === 'rol' ? '#nieuw-rol-redacteur' : `#nieuw-${f}`, text: message(addProblems, f)! }))
      : (['email', 'naam', 'rol'] as const)
          .filter((f) => query.problems[f] && query.form === 'wijzigen')
          .map((f) => ({
            href: row < 0 ? '#accounts-titel' : `#${rowId(row, f === 'email' ? 'verwijderen' : f)}`,
            text: t('staff.accounts.errorAt', { email: query.account ?? '', message: message(query.problems, f)! }),
          }));
  return (
    <StaffDocument session={session} current="accounts">
      <div className="container-page mt-8 max-w-4xl space-y-10">
        <div className="space-y-4">
          <h1 className="text-3xl font-bold text-brand-900">{t('staff.accounts.title')}</h1>
          <p>{t('staff.accounts.lead')}</p>
          <ErrorSummary title={t('forms.errors.summaryTitle')} errors={summary} />
          {query.done && query.account && (
            <Notice as="p" role="status" tone="info" className="font-semibold">
              {t(`staff.accounts.done.${query.done}`, { email: query.account })}
            </Notice>
          )}
        </div>

        <section aria-labelledby="accounts-titel" className="space-y-4">
          <h2 id="accounts-titel" className="text-2xl font-bold">
            {t('staff.accounts.list')} <span className="font-normal">({t('staff.accounts.count', { count: accounts.length })})</span>
          </h2>
          <ul className="space-y-6">
            {accounts.map((a, i) => {
              const own = a.email === session.email;
              const problems = rowProblems(a.email);
              return (
                <li key={a.email} className="rounded-md border-2 border-brand-100 p-5">
                  <h3 className="text-xl font-bold break-words">{a.email}</h3>
                  <p className="text-muted">
                    {ROLE_LABELS[a.role]} · {t('staff.accounts.created')} {formatDate(toAmsterdamDay(new Date(a.createdAt)))}
                  </p>
                  {own && <p className="mt-2">{t('staff.accounts.yours')}</p>}
                  <form method="post" action={urls.staffAccountsAction()} className="mt-4 grid gap-4 sm:grid-cols-2">
                    <input type="hidden" name="csrf" value={session.csrf} />
                    <input type="hidden" name="actie" value="wijzigen" />
                    <input type="hidden" name="email" value={a.email} />
                    <TextField
                      id={rowId(i, 'naam')}
                      name="naam"
                      label={t('staff.accounts.name')}
                      defaultValue={a.name ?? ''}
                      maxLength={NAME_MAX}
                      autoComplete="off"
                      error={message(problems, 'naam')}
                    />
                    <SelectField id={rowId(i, 'rol')} name="rol" label={t('staff.accounts.role')} defaultValue={a.role} error={message(problems, 'rol')}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r]}
                        </option>
                      ))}
                    </SelectField>
                    <div className="sm:col-span-2">
                      <Button>
                        {t('staff.accounts.save')}
                        <span className="sr-only"> {t('staff.accounts.for', { email: a.email })}</span>
                      </Button>
                    </div>
                  </form>
                  {problems.email && (
                    <p id={rowId(i, 'verwijderen')} tabIndex={-1} className="mt-4 font-semibold text-error">
                      <span className="sr-only">{t('forms.errorPrefix')} </span>
                      {message(problems, 'email')}
                    </p>
                  )}
                  {!own &&
                    (query.confirmDelete === a.email ? (
                      <form
                        method="post"
                        action={urls.staffAccountsAction()}
                        aria-labelledby={rowId(i, 'bevestigen')}
                        className="mt-4 border-l-4 border-error bg-brand-50 p-4"
                      >
                        <input type="hidden" name="csrf" value={session.csrf} />
                        <input type="hidden" name="actie" value="verwijderen" />
                        <input type="hidden" name="email" value={a.email} />
                        <h4 id={rowId(i, 'bevestigen')} tabIndex={-1} autoFocus className="text-lg font-bold break-words">
                          {t('staff.accounts.confirmTitle', { email: a.email })}
                        </h4>
                        <p className="mt-2">{t('staff.accounts.confirmText')}</p>
                        <div className="mt-4 flex flex-wrap items-center gap-4">
                          <Button variant="danger">{t('staff.accounts.confirmYes')}</Button>
                          <a href={urls.staffAccounts()}>{t('staff.accounts.confirmNo')}</a>
                        </div>
                      </form>
                    ) : (
                      <p className="mt-4">
                        <a href={`${urls.staffAccounts({ verwijderen: a.email })}#${rowId(i, 'bevestigen')}`}>
                          {t('staff.accounts.delete')}
                          <span className="sr-only"> {a.email}</span>
                        </a>
                      </p>
                    ))}
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="toevoegen-titel" className="space-y-4">
          <h2 id="toevoegen-titel" className="text-2xl font-bold">
            {t('staff.accounts.add')}
          </h2>
          <form method="post" action={urls.staffAccountsAction()} noValidate className="max-w-2xl space-y-6">
            <input type="hidden" name="csrf" value={session.csrf} />
            <input type="hidden" name="actie" value="toevoegen" />
            <TextField
              id="nieuw-email"
              name="email"
              type="email"
              label={t('staff.accounts.email')}
              defaultValue={query.form === 'toevoegen' ? query.typed.email : ''}
              autoComplete="off"
              spellCheck={false}
              required
              error={message(addProblems, 'email')}
            />
            <TextField
              id="nieuw-naam"
              name="naam"
              label={
                <>
                  {t('staff.accounts.name')} <span className="font-normal">{t('staff.accounts.optional')}</span>
                </>
              }
              hint={t('staff.accounts.nameHint')}
              defaultValue={query.form === 'toevoegen' ? query.typed.naam : ''}
              maxLength={NAME_MAX}
              autoComplete="off"
              error={message(addProblems, 'naam')}
            />
            <fieldset
              className={addProblems.rol ? 'border-l-4 border-error pl-4' : undefined}
              aria-describedby={addProblems.rol ? 'nieuw-rol-fout' : undefined}
            >
              <legend className="font-semibold">{t('staff.accounts.role')}</legend>
              {addProblems.rol && (
                <p id="nieuw-rol-fout" className="font-semibold text-error">
                  <span className="sr-only">{t('forms.errorPrefix')} </span>
                  {message(addProblems, 'rol')}
                </p>
              )}
              <div className="mt-2 space-y-3">
                {ROLES.map((r) => (
                  <div key={r} className="flex items-start gap-3">
                    <input
                      type="radio"
                      id={`nieuw-rol-${r}`}
                      name="rol"
                      value={r}
                      defaultChecked={(query.form === 'toevoegen' ? query.typed.rol : 'redacteur') === r}
                      aria-describedby={`nieuw-rol-${r}-hint`}
                      className="mt-1 h-5 w-5 shrink-0"
                    />
                    <div>
                      <label htmlFor={`nieuw-rol-${r}`} className="font-semibold">
                        {ROLE_LABELS[r]}
                      </label>
                      <p id={`nieuw-rol-${r}-hint`} className="text-muted">
                        {ROLE_DESCRIPTIONS[r]}
                      </p>
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
            <TextField
              id="nieuw-wachtwoord"
              name="wachtwoord"
              type="text"
              label={t('staff.accounts.password')}
              hint={t('staff.accounts.passwordHint')}
              defaultValue={generatePassword()}
              minLength={12}
              autoComplete="off"
              spellCheck={false}
              error={message(addProblems, 'wachtwoord')}
            />
            <Button size="lg">{t('staff.accounts.submit')}</Button>
          </form>
        </section>
      </div>
    </StaffDocument>
  );
}
