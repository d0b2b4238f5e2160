import { connection } from 'next/server';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { ChangeList } from '@/components/staff/changes/ChangeList';
import { ContentCoverage } from '@/components/staff/ContentCoverage';
import { currentContent, currentRelease } from '@/lib/content';
import { listChanges } from '@/lib/editor/changes';
import { documentRows } from '@/lib/editor';
import { editorKinds } from '@/lib/editor/model';
import { database } from '@/lib/db';
import { requireStaff } from '@/lib/staff';
import { urls } from '@/lib/urls';
import { can } from '@/lib/staff/roles';

/** The editor's start: every kind of content with its count, one's own open changes, what waits for review. */
export default async function ContentPage() {
  await connection();
  const session = await requireStaff();
  const now = new Date();
  const release = currentRelease();
  const db = await database();
  const [mine, waiting] = await Promise.all([
    listChanges(db, { status: ['concept', 'ter_controle'], author: session.email, limit: 20 }),
    listChanges(db, { status: 'ter_controle' }),
  ]);
  const content = currentContent(now);
  return (
    <StaffDocument session={session} current="content">
      <div className="container-page mt-8 space-y-10">
        <h1 className="text-3xl font-bold text-brand-900">Inhoud</h1>
        <section aria-labelledby="soorten" className="space-y-3">
          <h2 id="soorten" className="text-2xl font-bold">
            Alle inhoud
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {editorKinds().map((kind) => (
              <li key={kind.folder} className="rounded-md border border-brand-100 p-4">
                <a href={urls.staffContentKind(kind.folder)} className="text-lg font-semibold">
                  {kind.label.many}
                </a>
                <p>{documentRows(release, kind, now).length} documenten</p>
                <p>
                  <a href={urls.staffContentNew(kind.folder)}>Nieuw: {kind.label.one.toLowerCase()}</a>
                </p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="mijn" className="space-y-3">
          <h2 id="mijn" className="text-2xl font-bold">
            Mijn open wijzigingen
          </h2>
          <ChangeList changes={mine} caption="Mijn open wijzigingen" empty="U hebt geen open wijzigingen." />
        </section>
        <section aria-labelledby="wacht" className="space-y-3">
          <h2 id="wacht" className="text-2xl font-bold">
            Ter controle ({waiting.length})
          </h2>
          {can(session.role, 'publiceren') ? (
            <p>
              <a href={urls.staffReview()}>Naar de wijzigingen die op controle wachten</a>
            </p>
          ) : (
            <p>Een eindredacteur controleert ze. U ziet uw eigen wijzigingen hierboven.</p>
          )}
        </section>
        <ContentCoverage interventions={content.interventions.length} municipalities={content.municipalities.length} />
      </div>
    </StaffDocument>
  );
}
