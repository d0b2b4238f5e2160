import { createChange } from '@/lib/editor/changes';
import { contentDir, loadImportRun, saveImportRun } from '@/lib/editor';
import { MODEL_TYPES } from '@/lib/editor/model';
import { dryRunUpload, IMPORT_KINDS, UPLOAD_LIMITS, type ImportKind } from '@/lib/import';
import { seeOther } from '@/lib/http/form-body';
import { audit } from '@/lib/staff/audit';
import { staffForm, staffProblem } from '@/lib/staff';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/**
 * Step 1 (multipart): the spreadsheet's dry run, kept an hour, shown on the page. Step 2
 * (`stap=voorstellen`): the planned files of a dry run without problems as one change (concept).
 */
export async function POST(request: Request) {
  const propose = new URL(request.url).searchParams.get('stap') === 'voorstellen';
  const form = await staffForm(request, {
    action: 'bewerken',
    what: propose ? 'import-voorstellen' : 'import-proefdraai',
    maxBytes: UPLOAD_LIMITS.bytes + 64 * 1024,
    files: !propose,
    back: urls.staffImport(),
  });
  if (!form.ok) return form.response;
  const { session, fields, files, db } = form;
  const now = new Date();
  if (propose) {
    const run = await loadImportRun(db, fields.proefdraai, now);
    if (!run)
      return staffProblem(
        422,
        'Proefdraai verlopen',
        'Deze proefdraai is er niet meer (hij blijft een uur bewaard). Laad het bestand opnieuw.',
        urls.staffImport(),
      );
    if (run.dryRun.problems.length)
      return staffProblem(422, 'Niet voorgesteld', 'Deze proefdraai heeft problemen; los ze op in het bestand en laad het opnieuw.', urls.staffImport());
    const planned = run.dryRun.files.filter((f) => f.action !== 'ongewijzigd');
    if (!planned.length) return staffProblem(422, 'Niets te importeren', 'Het bestand verandert niets aan de site.', urls.staffImport());
    const made = await createChange(db, session, {
      title: `Import ${run.kind} uit ${run.fileName} (${planned.length} ${planned.length === 1 ? 'document' : 'documenten'})`,
      kind: 'import',
      files: planned.map((f) => ({ path: f.rel, baseRevision: f.baseRevision, text: f.text, uploadId: null })),
    });
    if (!made.ok) return staffProblem(422, 'Niet voorgesteld', made.reason, urls.staffImport());
    await audit(db, {
      actor: session.email,
      action: 'import-voorstellen',
      target: `wijziging ${made.change.id}`,
      outcome: 'ok',
      detail: { bestand: run.fileName, documenten: planned.length },
    });
    return seeOther(urls.staffChange(made.change.id));
  }
  const kind = IMPORT_KINDS.find((k) => k === fields.soort) as ImportKind | undefined;
  if (!kind) return seeOther(urls.staffImport({ fout: 'soort' }));
  const file = files.get('bestand');
  if (!file) return seeOther(urls.staffImport({ fout: 'bestand', soort: kind }));
  const fileName = file.name.replace(/[^\p{L}\p{N} ._-]/gu, '').slice(0, 120) || 'bestand';
  const dryRun = await dryRunUpload({ kind, fileName, bytes: new Uint8Array(await file.arrayBuffer()) }, { contentDir: contentDir(), types: MODEL_TYPES });
  const id = await saveImportRun(db, { kind, fileName, dryRun }, now);
  await audit(db, {
    actor: session.email,
    action: 'import-proefdraai',
    target: fileName,
    outcome: 'ok',
    detail: { soort: kind, problemen: dryRun.problems.length, ...dryRun.counts },
  });
  return seeOther(urls.staffImport({ proefdraai: id }));
}
