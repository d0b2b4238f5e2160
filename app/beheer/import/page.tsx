import { connection } from 'next/server';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { ImportForm, type ImportFormErrors } from '@/components/staff/import/ImportForm';
import { ImportReport } from '@/components/staff/import/ImportReport';
import { Button } from '@/components/ui/Button';
import { loadImportRun } from '@/lib/editor';
import { database } from '@/lib/db';
import { IMPORT_KINDS, type ImportKind } from '@/lib/import';
import { requireStaff } from '@/lib/staff';
import { urls } from '@/lib/urls';

/**
 * Importing a spreadsheet: upload it, read the dry run (nothing is written), then propose the
 * planned files as one change, which goes through the same review as any other.
 */
export default async function ImportPage({ searchParams }: PageProps<'/beheer/import'>) {
  await connection();
  const session = await requireStaff();
  const query = await searchParams;
  const run = await loadImportRun(await database(), typeof query.proefdraai === 'string' ? query.proefdraai : undefined, new Date());
  const kind = IMPORT_KINDS.find((k) => k === query.soort) as ImportKind | undefined;
  const errors: ImportFormErrors = { kind: query.fout === 'soort' ? true : undefined, file: query.fout === 'bestand' ? true : undefined };
  return (
    <StaffDocument session={session} current="import">
      <div className="container-page mt-8 space-y-10">
        <h1 className="text-3xl font-bold text-brand-900">Importeren</h1>
        {run && (
          <ImportReport fileName={run.fileName} dryRun={run.dryRun}>
            <form method="post" action={urls.staffImportSend({ stap: 'voorstellen' })} className="space-y-3">
              <input type="hidden" name="csrf" value={session.csrf} />
              <input type="hidden" name="proefdraai" value={run.id} />
              <p>Het voorstel gaat als één wijziging ter controle; pas na goedkeuring door een eindredacteur staat het op de site.</p>
              <Button size="lg">Als wijziging voorstellen</Button>
            </form>
          </ImportReport>
        )}
        <ImportForm action={urls.staffImportSend()} csrf={session.csrf} kind={run?.kind ?? kind} errors={errors} />
      </div>
    </StaffDocument>
  );
}
