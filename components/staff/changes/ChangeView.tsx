import type { ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { formatLongDateTime } from '@/lib/dates';
import { proposalOf, type Change, type ChangeFile } from '@/lib/editor/changes';
import type { TextDiff as Diff } from '@/lib/editor/diff';
import type { EditorProblem } from '@/lib/editor/check';
import { PUBLISH_STEPS } from '@/lib/editor/publish';
import type { StaffSession } from '@/lib/staff/accounts';
import { urls } from '@/lib/urls';
import { TextDiff } from './TextDiff';
import { fieldAt, kindOfPath } from '@/lib/editor/model';

/** A problem's field as the form labels it (`date` → Datum). */
const labelOf = (path: string, field: string) => {
  const kind = kindOfPath(path);
  return (kind && fieldAt(kind, field.replace(/\.\d+\./, '.'))?.label) ?? field;
};
import { StatusTag } from './StatusTag';

type FileView = ChangeFile & { diff: Diff | null; isNew: boolean };

const DONE: Record<string, string> = {
  voorleggen: 'De wijziging staat nu ter controle. Een eindredacteur bekijkt haar.',
  'laten-vervallen': 'De wijziging is vervallen. Er is niets gepubliceerd.',
  goedkeuren: 'Goedgekeurd. De wijziging wordt nu gepubliceerd; deze pagina laat zien hoe ver het is.',
  terugsturen: 'De wijziging is teruggestuurd naar de schrijver, met uw opmerking.',
};

const KIND_LABELS: Record<Change['kind'], string> = {
  nieuw: 'Nieuw document',
  bewerking: 'Bewerking',
  intrekking: 'Intrekking',
  herstel: 'Eerdere versie terugzetten',
  import: 'Import',
};

/** A change's page: state, problems, what changes per file, and the actions the role allows. */
export function ChangeView(props: {
  change: Change;
  files: FileView[];
  problems: (EditorProblem & { path: string })[];
  session: StaffSession;
  mayReview: boolean;
  mayWrite: boolean;
  notice?: string;
  done?: string;
  liveUrl?: string;
}) {
  const { change, files, problems, session, notice, done } = props;
  const publishing = change.publishState === 'wachtrij' || change.publishState === 'bezig';
  const step =
    change.publishStep && (PUBLISH_STEPS as readonly string[]).includes(change.publishStep) ? PUBLISH_STEPS.indexOf(change.publishStep as never) + 1 : 0;
  const hasDocument = files.some((f) => f.path.endsWith('.md') && f.text !== null);
  return (
    <div className="container-page mt-8 space-y-8">
      {/* While it is being published the page looks again every two seconds (without JavaScript too). */}
      {publishing && <meta httpEquiv="refresh" content="2" />}
      <div>
        <p className="text-muted">
          Wijziging {change.id} · {KIND_LABELS[change.kind]}
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{change.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <StatusTag status={change.status} />
          <span>
            Geschreven door {change.contributors.join(', ')}; laatst opgeslagen {formatLongDateTime(new Date(change.updatedAt))}.
          </span>
        </p>
      </div>

      {notice && (
        <Notice as="p" role="alert" tone="problem" id="melding" tabIndex={-1}>
          {notice}
        </Notice>
      )}
      {done && DONE[done] && !publishing && change.status !== 'gepubliceerd' && (
        <Notice as="p" role="status" tone="info">
          {DONE[done]}
        </Notice>
      )}
      {change.status === 'concept' && change.reviewComment && (
        <Notice role="note" tone="attention">
          <p className="font-semibold">Teruggestuurd door {change.reviewerEmail}:</p>
          <p className="whitespace-pre-wrap">{change.reviewComment}</p>
        </Notice>
      )}

      {publishing && (
        <section aria-labelledby="publiceren-titel" className="rounded-md border-2 border-brand-700 p-5">
          <h2 id="publiceren-titel" className="text-xl font-bold">
            Bezig met publiceren
          </h2>
          <p role="status" className="mt-2">
            {change.publishState === 'wachtrij'
              ? 'In de wachtrij.'
              : `Stap ${Math.max(step, 1)} van ${PUBLISH_STEPS.length}: ${change.publishStep ?? 'starten'}.`}{' '}
            Deze pagina ververst vanzelf.
          </p>
          <ol className="mt-3 list-decimal space-y-1 pl-6">
            {PUBLISH_STEPS.map((s, i) => (
              <li key={s} aria-current={i + 1 === step ? 'step' : undefined} className={i + 1 === step ? 'font-bold' : i + 1 < step ? 'text-muted' : ''}>
                {s}
                {i + 1 < step ? ' (klaar)' : ''}
              </li>
            ))}
          </ol>
        </section>
      )}
      {change.publishState === 'mislukt' && (
        <Notice role="alert" tone="problem">
          <p>Publiceren is mislukt; de site is zoals hij was.</p>
          <p className="mt-1 font-normal whitespace-pre-wrap">{change.publishError}</p>
        </Notice>
      )}
      {change.status === 'gepubliceerd' && (
        <Notice role="status" tone="info">
          <p>
            Gepubliceerd {change.publishedAt ? formatLongDateTime(new Date(change.publishedAt)) : ''}
            {change.reviewerEmail ? `, goedgekeurd door ${change.reviewerEmail}` : ''}.
          </p>
          {change.changeNote && <p className="mt-1 font-normal">Wijzigingsnotitie: {change.changeNote}</p>}
          {props.liveUrl && (
            <p className="mt-1 font-normal">
              <a href={props.liveUrl}>Bekijk het op de site</a>
            </p>
          )}
        </Notice>
      )}

      {problems.length > 0 && (
        <section aria-labelledby="problemen-titel" className="rounded-md border-2 border-error p-5">
          <h2 id="problemen-titel" className="text-xl font-bold text-error">
            {problems.length === 1 ? 'Er is 1 probleem' : `Er zijn ${problems.length} problemen`} voordat dit ter controle kan
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {problems.map((p, i) => (
              <li key={i}>
                <strong>{p.field === '(document)' ? p.path : labelOf(p.path, p.field)}</strong>: {p.message}
                {p.fix ? ` — ${p.fix}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(change.status === 'concept' || change.status === 'ter_controle') && <Actions {...props} hasDocument={hasDocument} publishing={publishing} />}

      <section aria-labelledby="bestanden-titel" className="space-y-6">
        <h2 id="bestanden-titel" className="text-2xl font-bold">
          Wat er verandert
        </h2>
        {files.map((f) => (
          <div key={f.path} className="space-y-2">
            <h3 className="font-mono text-lg">
              {f.path}
              {f.isNew ? ' (nieuw)' : ''}
            </h3>
            {f.uploadId ? (
              <p>
                Bestand: <a href={urls.staffUpload(f.uploadId)}>{f.path.split('/').pop()}</a>
              </p>
            ) : f.diff ? (
              <TextDiff diff={f.diff} caption={f.isNew ? 'Nieuw bestand' : 'Verschil met wat nu op de site staat'} />
            ) : (
              <p>Gepubliceerd; de geschiedenis van het document toont deze versie.</p>
            )}
          </div>
        ))}
      </section>
      <p>
        <a href={urls.staffChanges()}>Alle wijzigingen</a> · Ingelogd als {session.email}
      </p>
    </div>
  );
}

function Actions({
  change,
  problems,
  mayReview,
  mayWrite,
  session,
  hasDocument,
  publishing,
}: Parameters<typeof ChangeView>[0] & { hasDocument: boolean; publishing: boolean }) {
  if (publishing) return null;
  const form = (action: string, children: ReactNode, label: string) => (
    <form method="post" action={`${urls.staffChangeAction(change.id)}?actie=${action}`} className="space-y-3" aria-label={label}>
      <input type="hidden" name="csrf" value={session.csrf} />
      {children}
    </form>
  );
  return (
    <section aria-labelledby="acties-titel" className="space-y-6 rounded-md border border-brand-100 p-5">
      <h2 id="acties-titel" className="text-xl font-bold">
        Wat u kunt doen
      </h2>
      <div className="flex flex-wrap items-start gap-4">
        {hasDocument && (
          <a className="inline-block rounded-md border-2 border-brand-700 px-4 py-2 font-semibold no-underline" href={urls.staffPreview(change.id)}>
            Voorbeeld van de pagina
          </a>
        )}
        {hasDocument && (
          <a
            className="inline-block rounded-md border-2 border-brand-700 px-4 py-2 font-semibold no-underline"
            href={urls.staffPreview(change.id, { weergave: 'lijst' })}
          >
            Voorbeeld in de lijst
          </a>
        )}
        {mayWrite && hasDocument && (
          <a className="inline-block rounded-md border-2 border-brand-700 px-4 py-2 font-semibold no-underline" href={urls.staffChangeEdit(change.id)}>
            Bewerken
          </a>
        )}
      </div>
      {change.status === 'concept' && mayWrite && (
        <div className="flex flex-wrap gap-4">
          {form(
            'voorleggen',
            <Button disabled={problems.length > 0} aria-describedby={problems.length ? 'problemen-titel' : undefined}>
              Ter controle voorleggen
            </Button>,
            'Ter controle voorleggen',
          )}
          {form('laten-vervallen', <Button variant="danger">Laten vervallen</Button>, 'Laten vervallen')}
        </div>
      )}
      {change.status === 'ter_controle' && !mayReview && (
        <p>
          {change.contributors.includes(session.email)
            ? 'U hebt aan deze wijziging meegeschreven: een andere eindredacteur controleert en publiceert haar.'
            : 'Een eindredacteur controleert deze wijziging en publiceert haar.'}
        </p>
      )}
      {change.status === 'ter_controle' && mayReview && (
        <div className="grid gap-6 lg:grid-cols-2">
          {form(
            'goedkeuren',
            <>
              {/* The proposal this reviewer read: one put up again meanwhile is not approved unread. */}
              <input type="hidden" name="voorstel" value={proposalOf(change)} />
              <div>
                <label htmlFor="notitie" className="block font-semibold">
                  Wijzigingsnotitie (verplicht)
                </label>
                <p id="notitie-uitleg" className="text-muted">
                  Wat is er veranderd en waarom. Komt in de geschiedenis van het document.
                </p>
                <textarea
                  id="notitie"
                  name="notitie"
                  required
                  rows={3}
                  maxLength={500}
                  aria-describedby="notitie-uitleg"
                  className="mt-1 w-full rounded-md border-2 border-ink px-3 py-2"
                />
              </div>
              <Button aria-describedby={problems.length ? 'problemen-titel' : undefined}>Goedkeuren en publiceren</Button>
            </>,
            'Goedkeuren en publiceren',
          )}
          {form(
            'terugsturen',
            <>
              <div>
                <label htmlFor="opmerking" className="block font-semibold">
                  Opmerking voor de schrijver (verplicht)
                </label>
                <textarea id="opmerking" name="opmerking" required rows={3} maxLength={4000} className="mt-1 w-full rounded-md border-2 border-ink px-3 py-2" />
              </div>
              <Button variant="danger">Terugsturen</Button>
            </>,
            'Terugsturen met een opmerking',
          )}
        </div>
      )}
      {change.status === 'ter_controle' &&
        mayWrite &&
        !mayReview &&
        form('laten-vervallen', <Button variant="danger">Laten vervallen</Button>, 'Laten vervallen')}
    </section>
  );
}
