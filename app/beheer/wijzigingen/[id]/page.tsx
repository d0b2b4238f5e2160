import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { ChangeView } from '@/components/staff/changes/ChangeView';
import { getChange, mayReview } from '@/lib/editor/changes';
import { currentFile, problemsOf } from '@/lib/editor';
import { diffTexts } from '@/lib/editor/diff';
import { database } from '@/lib/db';
import { requireStaff } from '@/lib/staff';
import { readNotice } from '@/lib/staff/notice';
import { can } from '@/lib/staff/roles';
import { secretFor } from '@/lib/secret';
import { currentRelease } from '@/lib/content';

/** One change: what it changes (a diff per file), its problems, its state, and what may be done with it. */
export default async function ChangePage({ params, searchParams }: PageProps<'/beheer/wijzigingen/[id]'>) {
  await connection();
  const session = await requireStaff();
  const { id } = await params;
  const query = await searchParams;
  const change = await getChange(await database(), id);
  if (!change) notFound();
  const open = change.status === 'concept' || change.status === 'ter_controle';
  const files = change.files.map((f) => {
    const now = currentFile(f.path);
    return { ...f, diff: f.text === null || !open ? null : diffTexts(now?.text ?? '', f.text), isNew: now === null };
  });
  const built = currentRelease().built;
  const urlOf = (path: string) => built.listed().find((d) => (d as unknown as { _raw?: { sourceFilePath: string } })._raw?.sourceFilePath === path)?.url;
  return (
    <StaffDocument session={session} current="content">
      <ChangeView
        change={change}
        files={files}
        problems={open ? problemsOf(change) : []}
        session={session}
        mayReview={mayReview(change, session)}
        mayWrite={can(session.role, 'bewerken')}
        notice={readNotice(secretFor('beheer-meldingen'), query)}
        done={typeof query.gedaan === 'string' ? query.gedaan : undefined}
        liveUrl={change.status === 'gepubliceerd' ? change.files.map((f) => urlOf(f.path)).find(Boolean) : undefined}
      />
    </StaffDocument>
  );
}
