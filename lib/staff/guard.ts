// The one gate every /beheer action passes (route handlers call it before anything else): a
// session, the form from this site with the session's own CSRF token, and a role that may do the
// action. Every refusal is written to the audit log with who tried; the caller logs what it did.
import type { Database } from '../db';
import { csrfMatches, type StaffSession } from './accounts';
import { audit } from './audit';
import { can, ROLE_LABELS, type Action } from './roles';

export type Refusal = 'sessie' | 'csrf' | 'rol';

export type Gate = { ok: true; session: StaffSession } | { ok: false; refusal: Refusal; session?: StaffSession };

/** The checks in order; pure but for the audit log. `what` names the action in the log (`publiceren`). */
export async function gate(
  db: Database,
  input: { session: StaffSession | undefined; csrf: unknown; sameOrigin: boolean; action: Action; what: string; target?: string; client?: string },
): Promise<Gate> {
  const { session } = input;
  const refuse = async (refusal: Refusal): Promise<Gate> => {
    await audit(db, {
      actor: session?.email ?? null,
      action: input.what,
      target: input.target,
      outcome: 'geweigerd',
      detail: { reden: refusal, rol: session?.role },
      client: input.client,
    });
    return { ok: false, refusal, session };
  };
  if (!session) return refuse('sessie');
  if (!input.sameOrigin || !csrfMatches(session, input.csrf)) return refuse('csrf');
  if (!can(session.role, input.action)) return refuse('rol');
  return { ok: true, session };
}

/**
 * A page or a download: it changes nothing, so there is no form and no CSRF token to check (the
 * cookie is SameSite=Strict: a link from another site does not carry it). Session and role as gate().
 */
export const gateView = (db: Database, input: { session: StaffSession | undefined; action: Action; what: string; target?: string; client?: string }) =>
  gate(db, { ...input, csrf: input.session?.csrf, sameOrigin: true });

const ALLOWED_TO: Record<Action, string> = {
  inzendingen: 'elke medewerker',
  bewerken: 'een redacteur, eindredacteur of beheerder',
  publiceren: 'een eindredacteur of beheerder',
  accounts: 'een beheerder',
};

/** The Dutch sentence for a refusal, for the 403 page. */
export function refusalMessage(refusal: Refusal, action: Action, session?: StaffSession): string {
  if (refusal === 'sessie') return 'U bent niet (meer) ingelogd. Log opnieuw in; wat u had ingevuld is niet opgeslagen.';
  if (refusal === 'csrf')
    return 'Dit formulier kwam niet van deze pagina of is verlopen (de beveiligingscode klopt niet). Er is niets opgeslagen of gewijzigd. Ga terug, laad de pagina opnieuw en probeer het nog eens.';
  return `Dit mag alleen ${ALLOWED_TO[action]}; u bent ${session ? ROLE_LABELS[session.role].toLowerCase() : 'niet ingelogd'}. Er is niets gewijzigd. Dit is vastgelegd in het logboek.`;
}
