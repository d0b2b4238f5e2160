import { notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { DocumentEditor } from '@/components/staff/changes/DocumentEditor';
import { Notice } from '@/components/ui/Notice';
import { conflictOf, contentDir, documentFileOf, kindOfPath, loadEditorAttempt, problemsOf } from '@/lib/editor';
import { getChange } from '@/lib/editor/changes';
import { folderContent } from '@/lib/editor/check';

import { toForm } from '@/lib/editor/form-values';
import { parseMarkdown } from '@/lib/editor/markdown';
import { editorKind } from '@/lib/editor/model';
import { database } from '@/lib/db';
import { requireStaff } from '@/lib/staff';
import { readNotice } from '@/lib/staff/notice';
import { secretFor } from '@/lib/secret';
import { urls } from '@/lib/urls';

/** The document of an open change, in the form: what was saved last, with its problems beside the fields. */
export default async function EditChangePage({ params, searchParams }: PageProps<'/beheer/wijzigingen/[id]/bewerken'>) {
  await connection();
  const session = await requireStaff();
  const { id } = await params;
  const db = await database();
  const change = await getChange(db, id);
  const file = change && documentFileOf(change);
  if (!change || !file?.text) notFound();
  if (change.status !== 'concept' && change.status !== 'ter_controle') redirect(urls.staffChange(id));
  const kind = editorKind(kindOfPath(file.path)?.type ?? '');
  if (!kind) notFound();
  const query = await searchParams;
  const attempt = await loadEditorAttempt(db, typeof query.poging === 'string' ? query.poging : undefined, new Date());
  const own = attempt?.changeId === id ? attempt : undefined;
  let values;
  try {
    const parsed = parseMarkdown(file.text);
    values = own?.values ?? toForm(kind, parsed.data, parsed.body);
  } catch {
    values = own?.values ?? {};
  }
  const problems = own?.problems.length ? own.problems : problemsOf(change).filter((p) => p.path === file.path);
  const saved = query.opgeslagen === 'ja' || query.opgeslagen === 'met-problemen' ? query.opgeslagen : undefined;
  return (
    <StaffDocument session={session} current="content">
      <DocumentEditor
        kind={kind}
        title={`Wijziging ${id}: ${change.title}`}
        values={values}
        problems={problems}
        csrf={session.csrf}
        baseRevision={own ? own.baseRevision : file.baseRevision}
        content={folderContent(contentDir())}
        slug={{ path: file.path, editable: false }}
        hidden={{ _wijziging: id, _stand: own?.stand ?? String(new Date(change.updatedAt).getTime()) }}
        saved={saved}
        notice={readNotice(secretFor('beheer-meldingen'), query)}
        conflict={own?.conflict ? await conflictOf(kind, file.path, own, change) : undefined}
        lead={
          <div className="space-y-3">
            <p className="flex flex-wrap gap-4">
              <a href={urls.staffChange(id)}>Naar de wijziging (voorbeeld, controle)</a>
              <a href={urls.staffPreview(id)}>Voorbeeld van de pagina</a>
            </p>
            {change.status === 'ter_controle' && (
              <Notice as="p">Deze wijziging staat ter controle. Slaat u nu op, dan wordt ze weer een concept en moet ze opnieuw worden voorgelegd.</Notice>
            )}
            {change.reviewComment && change.status === 'concept' && (
              <Notice as="p">
                Teruggestuurd door {change.reviewerEmail}: {change.reviewComment}
              </Notice>
            )}
          </div>
        }
      />
    </StaffDocument>
  );
}
