import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { DocumentEditor } from '@/components/staff/changes/DocumentEditor';
import { FORM_FIELDS } from '@/components/staff/editor/ContentForm';
import { contentDir, kindOf, loadEditorAttempt } from '@/lib/editor';
import { folderContent } from '@/lib/editor/check';
import { database } from '@/lib/db';
import { requireStaff } from '@/lib/staff';

/** A new document of one kind: its address (slug) and the model's fields. */
export default async function NewDocumentPage({ params, searchParams }: PageProps<'/beheer/inhoud/[soort]/nieuw'>) {
  await connection();
  const session = await requireStaff();
  const kind = kindOf((await params).soort);
  if (!kind) notFound();
  const query = await searchParams;
  const attempt = await loadEditorAttempt(await database(), typeof query.poging === 'string' ? query.poging : undefined, new Date());
  const values = attempt?.kind === kind.folder ? attempt.values : {};
  return (
    <StaffDocument session={session} current="content">
      <DocumentEditor
        kind={kind}
        title={`Nieuw: ${kind.label.one.toLowerCase()}`}
        values={values}
        problems={attempt?.problems ?? []}
        csrf={session.csrf}
        baseRevision={null}
        content={folderContent(contentDir())}
        slug={{ value: String(values[FORM_FIELDS.slug] ?? ''), editable: true }}
        hidden={{}}
      />
    </StaffDocument>
  );
}
