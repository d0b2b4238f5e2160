// The audit log as /beheer/logboek shows it: its filters from the address, and each entry's
// action and detail in plain Dutch. Framework-free.
import { translator } from '@/i18n/translate';
import type { Database } from '../db';
import { integer, matching, type RawQuery } from '../http/query';
import { isEmailAddress } from './accounts';
import type { AuditRow } from './audit';

type Key = Parameters<ReturnType<typeof translator>>[0];

/** `account` (an address), `actie` (an action word), `pagina`: what is not one of these is left out. */
export function readAuditQuery(raw: RawQuery): { actor?: string; action?: string; page: number } {
  const actor = matching(raw, 'account', /^.{3,254}$/, (s) => s.toLowerCase());
  return {
    actor: actor && isEmailAddress(actor) ? actor : undefined,
    action: matching(raw, 'actie', /^[a-z][a-z-]{0,39}$/),
    page: integer(raw, 'pagina', { min: 1, max: 100_000, fallback: 1 }),
  };
}

/** The action words the log holds, for the filter's choices. */
export async function auditActions(db: Database): Promise<string[]> {
  return (await db.query<{ action: string }>('select distinct action from audit_log order by action')).map((r) => r.action);
}

/** "Rol gewijzigd" for `rol-wijzigen`; a word without a label of its own as it is. */
export function actionLabel(action: string): string {
  const t = translator('nl');
  const key = `staff.audit.actions.${action}` as Key;
  return t.has(key) ? t(key) : action;
}

const text = (value: unknown) => (value === null || value === undefined || value === '' ? '–' : String(value));

/** The detail of an entry as short Dutch phrases: why it was refused, what changed, how many. */
export function describeDetail(detail: AuditRow['detail']): string {
  const t = translator('nl');
  const parts: string[] = [];
  // The reason first: the database (jsonb) keeps the keys in an order of its own.
  const entries = Object.entries(detail ?? {}).sort(([a], [b]) => Number(b === 'reden') - Number(a === 'reden'));
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    if (key === 'reden' && t.has(`staff.audit.reasons.${value}` as Key)) parts.push(t(`staff.audit.reasons.${value}` as Key));
    else if (key === 'van') parts.push(t('staff.audit.detail.change', { from: text(value), to: text((detail ?? {}).naar) }));
    else if (key === 'naar') continue;
    else if (key === 'fouten' && Array.isArray(value))
      parts.push(value.map((code) => (t.has(`staff.accounts.errors.${code}` as Key) ? t(`staff.accounts.errors.${code}` as Key) : String(code))).join(' '));
    else if (t.has(`staff.audit.detail.${key}` as Key)) parts.push(t(`staff.audit.detail.${key}` as Key, { value: text(value) }));
    else parts.push(`${key}: ${typeof value === 'object' ? JSON.stringify(value) : text(value)}`);
  }
  return parts.join('; ');
}
