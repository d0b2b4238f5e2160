import { approveChange, discardChange, rejectChange, submitChange, type Outcome } from '@/lib/editor/changes';
import { checkChange } from '@/lib/editor';
import { kickPublishing } from '@/lib/editor/publishing';
import { clientAddress, seeOther } from '@/lib/http/form-body';
import { audit } from '@/lib/staff/audit';
import { staffForm, staffProblem } from '@/lib/staff';
import { urls } from '@/lib/urls';
import { signNotice } from '@/lib/staff/notice';
import { secretFor } from '@/lib/secret';

export const dynamic = 'force-dynamic';

const ACTIONS = {
  voorleggen: 'bewerken',
  'laten-vervallen': 'bewerken',
  goedkeuren: 'publiceren',
  terugsturen: 'publiceren',
} as const;

/** What happens to a change: put up for review, discarded, approved for publication or sent back. */
export async function POST(request: Request, { params }: RouteContext<'/beheer/wijzigingen/[id]/actie'>) {
  const { id } = await params;
  const back = urls.staffChange(id);
  // Which action decides the role; read it from the query first, the form repeats it.
  const wanted = new URL(request.url).searchParams.get('actie') ?? '';
  if (!Object.hasOwn(ACTIONS, wanted)) return staffProblem(422, 'Onbekende handeling', 'Deze handeling bestaat niet. Er is niets gewijzigd.', back);
  const what = wanted as keyof typeof ACTIONS;
  const form = await staffForm(request, { action: ACTIONS[what], what, target: `wijziging ${id}`, back });
  if (!form.ok) return form.response;
  const { session, fields, db } = form;
  let outcome: Outcome;
  // Only what passes every rule goes to review or to the site (another publication may have
  // broken it since: a theme it names was removed).
  const problems = what === 'voorleggen' || what === 'goedkeuren' ? await checkChange(db, id) : [];
  if (problems === undefined) return staffProblem(404, 'Wijziging niet gevonden', 'Deze wijziging bestaat niet.', urls.staffChanges());
  if (problems.length)
    outcome = {
      ok: false,
      reason: `Er ${problems.length === 1 ? 'is 1 probleem' : `zijn ${problems.length} problemen`}: los ${problems.length === 1 ? 'het' : 'ze'} eerst op.`,
    };
  else if (what === 'voorleggen') outcome = await submitChange(db, session, id);
  else if (what === 'laten-vervallen') outcome = await discardChange(db, session, id);
  else if (what === 'goedkeuren') outcome = await approveChange(db, session, id, fields.notitie ?? '', fields.voorstel ?? '');
  else outcome = await rejectChange(db, session, id, fields.opmerking ?? '');
  await audit(db, {
    actor: session.email,
    action: what,
    target: `wijziging ${id}`,
    outcome: outcome.ok ? 'ok' : 'geweigerd',
    detail: outcome.ok ? {} : { reden: outcome.reason },
    client: clientAddress(request),
  });
  if (!outcome.ok) return seeOther(urls.staffChange(id, signNotice(secretFor('beheer-meldingen'), outcome.reason)));
  if (what === 'goedkeuren') kickPublishing();
  return seeOther(urls.staffChange(id, { gedaan: what }));
}
