import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { DocumentEditor } from '@/components/staff/changes/DocumentEditor';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { currentRelease } from '@/lib/content';
import { conflictOf, contentDir, currentFile, kindOf, loadEditorAttempt } from '@/lib/editor';
import { listChanges } from '@/lib/editor/changes';
import { folderContent, pathFor, pathProblems } from '@/lib/editor/check';

import { toForm } from '@/lib/editor/form-values';
import { parseMarkdown } from '@/lib/editor/markdown';
import { database } from '@/lib/db';
import { requireStaff } from '@/lib/staff';
import { urls } from '@/lib/urls';

/** One document as it is in the content folder: its form, its open changes, its history, withdrawing it. */
export default async function DocumentPage({ params, searchParams }: PageProps<'/beheer/inhoud/[soort]/[...slug]'>) {
  await connection();
  const session = await requireStaff();
  const { soort, slug } = await params;
  const kind = kindOf(soort);
  if (!kind) notFound();
  const name = slug.map(decodeURIComponent).join('/');
  const rel = pathFor(kind, name);
  if (pathProblems(rel).length) notFound();
  const file = currentFile(rel);
  if (!file) notFound();
  const db = await database();
  const query = await searchParams;
  const attempt = await loadEditorAttempt(db, typeof query.poging === 'string' ? query.poging : undefined, new Date());
  const own = attempt?.path === rel && !attempt.changeId ? attempt : undefined;
  const parsed = parseMarkdown(file.text);
  const values = own?.values ?? toForm(kind, parsed.data, parsed.body);
  const open = await listChanges(db, { path: rel, status: ['concept', 'ter_controle'] });
  const live = currentRelease()
    .built.listed()
    .find((d) => (d as unknown as { _raw?: { sourceFilePath: string } })._raw?.sourceFilePath === rel);
  return (
    <StaffDocument session={session} current="content">
      <DocumentEditor
        kind={kind}
        title={`Bewerken: ${String(parsed.data.title ?? name)}`}
        values={values}
        problems={own?.problems ?? []}
        csrf={session.csrf}
        baseRevision={own ? own.baseRevision : file.revision}
        content={folderContent(contentDir())}
        slug={{ path: rel, editable: false }}
        hidden={{ _pad: rel }}
        conflict={own?.conflict ? await conflictOf(kind, rel, own) : undefined}
        lead={
          <div className="space-y-3">
            <p className="flex flex-wrap gap-4">
              {live && <a href={live.url}>Bekijk op de site</a>}
              <a href={urls.staffHistory(kind.folder, name)}>Geschiedenis</a>
              <a href={urls.staffContentKind(kind.folder)}>Alle {kind.label.many.toLowerCase()}</a>
            </p>
            {open.map((c) => (
              <Notice key={c.id} as="p" tone="attention">
                Er is al een open wijziging van dit document: <a href={urls.staffChange(c.id)}>wijziging {c.id}</a> door {c.contributors.join(', ')}. Sla hier
                alleen op als u een aparte wijziging wilt; wie als tweede publiceert, krijgt te zien wat er veranderde.
              </Notice>
            ))}
            <p className="text-muted">
              Wat u opslaat, wordt een concept. Het staat pas op de site als een eindredacteur het heeft gecontroleerd en gepubliceerd.
            </p>
          </div>
        }
      />
      <div className="container-page mt-10">
        <form method="post" action={urls.staffSave()} className="max-w-3xl space-y-3 rounded-md border border-error p-5">
          <h2 className="text-xl font-bold">Intrekken</h2>
          <p>
            Haalt het document van de site (het adres geeft dan &lsquo;niet gevonden&rsquo;). Dit wordt een wijziging die een eindredacteur eerst controleert;
            terugzetten kan via de geschiedenis.
          </p>
          <input type="hidden" name="csrf" value={session.csrf} />
          <input type="hidden" name="_soort" value={kind.folder} />
          <input type="hidden" name="_pad" value={rel} />
          <input type="hidden" name="_actie" value="intrekken" />
          <Button variant="danger">Intrekken voorstellen</Button>
        </form>
      </div>
    </StaffDocument>
  );
}
