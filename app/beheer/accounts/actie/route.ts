import { database } from '@/lib/db';
import { clientAddress, isSameOrigin, readForm, seeOther } from '@/lib/http/form-body';
import { currentStaff } from '@/lib/staff';
import { createAccount, deleteAccount, listAccounts } from '@/lib/staff/accounts';
import { changeProblem, problemsQuery, readEdit, readNewAccount, setName, updateAccount, type Problems } from '@/lib/staff/administration';
import { audit } from '@/lib/staff/audit';
import { gate } from '@/lib/staff/guard';
import { refused } from '@/lib/staff/respond';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

const ACTIONS = { toevoegen: 'account-toevoegen', wijzigen: 'account-wijzigen', verwijderen: 'account-verwijderen' } as const;
const isAction = (value: string | undefined): value is keyof typeof ACTIONS => value !== undefined && Object.hasOwn(ACTIONS, value);

/**
 * Adding, changing and deleting staff accounts (beheerder only): gate() first, then the form,
 * then the guard rails (administration.ts changeProblem). Every outcome goes into the audit log;
 * the password never does. Back to the accounts page with 303, errors in its address.
 */
export async function POST(request: Request) {
  const read = await readForm(request, 8 * 1024);
  const fields = read.ok ? read.fields : {};
  const db = await database();
  const client = clientAddress(request);
  const what = isAction(fields.actie) ? ACTIONS[fields.actie] : 'accounts';
  const target = fields.email?.trim().toLowerCase() || undefined;
  const checked = await gate(db, {
    session: await currentStaff(),
    csrf: fields.csrf,
    sameOrigin: isSameOrigin(request),
    action: 'accounts',
    what,
    target,
    client,
  });
  if (!checked.ok) return refused(checked, 'accounts', urls.staffAccounts());
  const actor = checked.session.email;
  const accounts = await listAccounts(db);
  const failed = async (form: 'toevoegen' | 'wijzigen', problems: Problems, back: Record<string, string> = {}) => {
    await audit(db, { actor, action: what, target, outcome: 'mislukt', detail: { fouten: Object.values(problems) }, client });
    return seeOther(urls.staffAccounts({ formulier: form, account: target, ...back, ...problemsQuery(problems) }));
  };

  if (fields.actie === 'toevoegen') {
    const read = readNewAccount(fields, accounts);
    // The typed values come back (never the password: a new one is suggested).
    if (!read.ok) return failed('toevoegen', read.problems, { email: fields.email ?? '', naam: fields.naam ?? '', rol: fields.rol ?? '' });
    const { email, name, role, password } = read.account;
    await createAccount(db, email, password, role);
    if (name) await setName(db, email, name);
    await audit(db, { actor, action: what, target: email, outcome: 'ok', detail: { rol: role }, client });
    return seeOther(urls.staffAccounts({ gedaan: 'toegevoegd', account: email }));
  }

  const before = accounts.find((a) => a.email === target);
  if (fields.actie === 'wijzigen') {
    const read = readEdit(fields);
    if (!read.ok) return failed('wijzigen', read.problems);
    const problem = changeProblem(actor, read.edit.email, { role: read.edit.role }, accounts);
    if (problem || !before) return failed('wijzigen', { rol: problem ?? 'onbekend' });
    const changed = await updateAccount(db, before, read.edit);
    if (changed.role) await audit(db, { actor, action: 'rol-wijzigen', target, outcome: 'ok', detail: changed.role, client });
    if (changed.name) await audit(db, { actor, action: 'naam-wijzigen', target, outcome: 'ok', detail: changed.name, client });
    return seeOther(urls.staffAccounts({ gedaan: changed.role || changed.name ? 'gewijzigd' : 'ongewijzigd', account: target }));
  }

  if (fields.actie === 'verwijderen') {
    const problem = changeProblem(actor, target ?? '', 'verwijderen', accounts);
    // The refusal shows at the account's row, where the delete was asked for.
    if (problem || !target) return failed('wijzigen', { email: problem ?? 'onbekend' });
    await deleteAccount(db, target);
    await audit(db, { actor, action: what, target, outcome: 'ok', detail: { rol: before?.role }, client });
    return seeOther(urls.staffAccounts({ gedaan: 'verwijderd', account: target }));
  }
  return seeOther(urls.staffAccounts());
}
