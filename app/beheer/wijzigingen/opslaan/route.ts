import { openRepository } from '@/lib/editor/repository';
import { checkForm, MAX_BODY_BYTES, MAX_FRONT_MATTER_BYTES, pathFor, pathProblems } from '@/lib/editor/check';
import { createChange, getChange, listChanges, saveChange, submitChange, type ChangeFile, type ChangeKind } from '@/lib/editor/changes';
import { formValuesOf, rowsOf, type FormValues } from '@/lib/editor/form-values';
import { BODY, type EditorKind } from '@/lib/editor/model';
import { inspectUpload, UPLOAD_LIMITS } from '@/lib/editor/uploads';
import { saveUpload } from '@/lib/editor/upload-store';
import { signNotice } from '@/lib/staff/notice';
import { secretFor } from '@/lib/secret';
import type { Database } from '@/lib/db';
import path from 'node:path';
import { parseMarkdown, updateMarkdown } from '@/lib/editor/markdown';
import { contentDir, currentFile, documentFileOf, kindOf, problemsOf, saveEditorAttempt } from '@/lib/editor';
import { seeOther } from '@/lib/http/form-body';
import { audit } from '@/lib/staff/audit';
import { staffForm, staffProblem } from '@/lib/staff';
import { urls } from '@/lib/urls';
import { slugify } from '@/lib/content/scaffold';
import { FORM_FIELDS } from '@/components/staff/editor/ContentForm';

export const dynamic = 'force-dynamic';

/** The editor's own fields beside the model's: which document, which change, from which revision. */
const CONTROL = [
  'csrf',
  '_soort',
  '_pad',
  '_wijziging',
  FORM_FIELDS.baseRevision,
  '_stand',
  FORM_FIELDS.slug,
  '_actie',
  '_versie',
  '_alt',
  '_titel',
  '_bevestigd',
  '_doel',
];
/** A body of 1 MB is the limit (lib/editor/check.ts); the form may be a little larger. */
const MAX_FORM = 2 * 1024 * 1024 + UPLOAD_LIMITS.documentBytes;

/**
 * Saving a document as a change (concept), and optionally putting it up for review; a withdrawal
 * (`intrekken`) and a restore of an earlier version (`herstellen`) are changes too. What was typed
 * is never lost: it is stored as a concept even when it has problems (the form shows them beside
 * the fields), and when it cannot be stored (an invalid address, a file changed since it was
 * opened) it is kept as an attempt and the form comes back from it.
 */
export async function POST(request: Request) {
  const form = await staffForm(request, { action: 'bewerken', what: 'opslaan', maxBytes: MAX_FORM, back: urls.staffContent(), files: true });
  if (!form.ok) return form.response;
  const { session, fields, params, files, db } = form;
  const now = new Date();
  const kind = kindOf(fields._soort ?? '');
  if (!kind) return staffProblem(422, 'Onbekende soort inhoud', 'Deze soort inhoud bestaat niet. Er is niets opgeslagen.', urls.staffContent());
  // A text over the limit is not stored at all, not even as a concept (lib/editor/check.ts MAX_BODY_BYTES).
  const textBytes = [...params].reduce((sum, [, v]) => sum + Buffer.byteLength(v), 0);
  if (textBytes > MAX_BODY_BYTES + MAX_FRONT_MATTER_BYTES) {
    await audit(db, {
      actor: session.email,
      action: 'opslaan',
      target: fields._pad ?? fields._wijziging,
      outcome: 'geweigerd',
      detail: { reden: 'te groot', bytes: textBytes },
    });
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(1).replace('.', ',')} MB`;
    return staffProblem(
      413,
      'Te groot om op te slaan',
      `De tekst is ${mb(textBytes)}; een document mag hoogstens ${mb(MAX_BODY_BYTES)} zijn. Er is niets opgeslagen. Ga terug in uw browser om uw tekst terug te krijgen, en zet lange stukken in een apart document of een bijlage.`,
      urls.staffContent(),
    );
  }
  const action = fields._actie ?? 'opslaan';
  const values = formValuesOf([...params].filter(([name]) => !CONTROL.includes(name)));
  const refuse = async (reason: string, back: string) => {
    await audit(db, { actor: session.email, action, target: fields._pad ?? fields._wijziging, outcome: 'geweigerd', detail: { reden: reason } });
    return staffProblem(422, 'Niet opgeslagen', reason, back);
  };

  // A withdrawal or a restore: a new change from the file as it is, or from an earlier version.
  if (action === 'intrekken' || action === 'herstellen') {
    const rel = fields._pad ?? '';
    if (pathProblems(rel).length || !rel.startsWith(`${kind.folder}/`)) return refuse('Dit document bestaat niet.', urls.staffContentKind(kind.folder));
    const current = currentFile(rel);
    if (!current) return refuse('Dit document bestaat niet (meer).', urls.staffContentKind(kind.folder));
    let text: string;
    let changeKind: ChangeKind;
    let title: string;
    const file = parseMarkdown(current.text);
    const name = String(file.data.title ?? rel);
    if (action === 'intrekken') {
      text = updateMarkdown(file, kind, { ...file.data, draft: true }, file.body);
      changeKind = 'intrekking';
      title = `${name} intrekken`;
    } else {
      const version = fields._versie ?? '';
      const repo = await openRepository(contentDir());
      // Only a version from this document's own history (never another object git happens to know).
      const history = await repo.log(rel).catch(() => undefined);
      const listed = history?.available && history.versions.some((v) => v.commit === version);
      const earlier = listed ? await repo.show(version, rel).catch(() => null) : null;
      if (earlier === null) return refuse('Deze versie bestaat niet.', urls.staffHistory(kind.folder, rel.slice(kind.folder.length + 1, -3)));
      text = earlier;
      changeKind = 'herstel';
      title = `${name}: eerdere versie terugzetten`;
    }
    const made = await createChange(db, session, { title, kind: changeKind, files: [{ path: rel, baseRevision: current.revision, text, uploadId: null }] });
    if (!made.ok) return refuse(made.reason, urls.staffContentKind(kind.folder));
    await audit(db, { actor: session.email, action, target: `wijziging ${made.change.id}`, outcome: 'ok', detail: { pad: rel, versie: fields._versie } });
    return seeOther(urls.staffChange(made.change.id));
  }

  // Which file, and the text it has now: a change being edited, a document opened, or a new one.
  const existingChange = fields._wijziging ? await getChange(db, fields._wijziging) : undefined;
  if (fields._wijziging && !existingChange) return refuse('Deze wijziging bestaat niet.', urls.staffChanges());
  const changeFile = existingChange ? documentFileOf(existingChange) : undefined;
  if (existingChange && !changeFile) return refuse('Deze wijziging heeft geen document om te bewerken.', urls.staffChange(existingChange.id));
  // A new document without a name for its address gets one from its title (as npm run nieuw does).
  const typedSlug = (fields[FORM_FIELDS.slug] ?? '').trim() || slugify(String(values.title ?? ''));
  const rel = changeFile?.path ?? (fields._pad || pathFor(kind, typedSlug));
  const isNew = !changeFile && !fields._pad;
  const base = fields[FORM_FIELDS.baseRevision] || null;
  const back = existingChange
    ? urls.staffChangeEdit(existingChange.id)
    : isNew
      ? urls.staffContentNew(kind.folder)
      : urls.staffDocument(kind.folder, rel.slice(kind.folder.length + 1, -3));
  const keep = async (problems: { field: string; message: string; fix: string }[], conflict = false, baseRevision = base, stand = fields._stand) => {
    const id = await saveEditorAttempt(
      db,
      {
        kind: kind.folder,
        path: isNew ? undefined : rel,
        changeId: existingChange?.id,
        baseRevision,
        stand,
        values: { ...values, [FORM_FIELDS.slug]: fields[FORM_FIELDS.slug] ?? '' },
        problems,
        conflict,
        startedFrom: base,
      },
      now,
    );
    if (conflict)
      await audit(db, {
        actor: session.email,
        action: 'opslaan',
        target: existingChange ? `wijziging ${existingChange.id}` : rel,
        outcome: 'geweigerd',
        detail: { reden: 'tussentijds gewijzigd' },
      });
    return seeOther(`${back}?poging=${id}`);
  };

  if (
    existingChange &&
    (!['concept', 'ter_controle'].includes(existingChange.status) || existingChange.publishState === 'wachtrij' || existingChange.publishState === 'bezig')
  )
    return refuse('Deze wijziging kan niet meer worden bewerkt (ze is gepubliceerd, vervallen of wordt nu gepubliceerd).', urls.staffChange(existingChange.id));
  if (!isNew && !changeFile && currentFile(rel) === null)
    return refuse('Dit document bestaat niet (meer); begin een nieuw document.', urls.staffContentKind(kind.folder));
  const addressProblems = pathProblems(rel);
  if (!rel.startsWith(`${kind.folder}/`)) addressProblems.push({ field: 'slug', message: 'dit document hoort niet bij deze soort', fix: '' });
  if (isNew && !addressProblems.length) {
    const taken = currentFile(rel) !== null || (await listChanges(db, { path: rel, status: ['concept', 'ter_controle'] })).length > 0;
    if (taken)
      addressProblems.push({
        field: 'slug',
        message: 'er bestaat al een document (of een voorstel) met dit adres',
        fix: 'kies een andere naam, of open het bestaande document',
      });
  }
  if (addressProblems.length) return keep(addressProblems);

  // Another save or a publication since this form was opened: refused, with what changed; the
  // form comes back with what was typed and the revision now, so saving again is a choice made
  // knowing what the other person did. The form carries the revision it was opened from, and for
  // a change also the change's own state (`_stand`, when it was saved last).
  const current = currentFile(rel);
  const now_ = current?.revision ?? null;
  const stand = existingChange ? String(new Date(existingChange.updatedAt).getTime()) : undefined;
  if (now_ !== base || (existingChange && fields._stand !== stand)) return keep([], true, now_, stand);
  const startedFrom = base;

  // A file chosen with the form: checked by its content (lib/editor/uploads.ts), kept in the
  // database until publication, and referred to from the document (an image in the text, a PDF in
  // a publication's files). A refused file is said on the next page; the text is saved anyway.
  const added = await addUpload(db, session.email, files.get('_bestand'), fields, kind, rel, values);
  const existingText = changeFile?.text ?? current?.text;
  const checked = checkForm(kind, rel, added.values, { existing: existingText ?? undefined, contentDir: contentDir() });
  const file: ChangeFile = { path: rel, baseRevision: startedFrom, text: checked.text, uploadId: null };
  const title = String(values.title ?? '').trim() || rel;
  const others = [...(existingChange?.files.filter((f) => f.path !== rel && f.path !== added.file?.path) ?? []), ...(added.file ? [added.file] : [])];
  const saved = existingChange
    ? await saveChange(db, session, existingChange.id, { title, files: [file, ...others] })
    : await createChange(db, session, { title, kind: isNew ? 'nieuw' : 'bewerking', files: [file, ...others] });
  if (!saved.ok) return refuse(saved.reason, back);
  const id = saved.change.id;
  const problems = problemsOf(saved.change);
  let submitted = false;
  if (action === 'voorleggen' && problems.length === 0 && !added.notice) submitted = (await submitChange(db, session, id)).ok;
  await audit(db, {
    actor: session.email,
    action: submitted ? 'voorleggen' : 'opslaan',
    target: `wijziging ${id}`,
    outcome: 'ok',
    detail: {
      pad: rel,
      problemen: problems.length,
      ...(added.file ? { bestand: added.file.path } : {}),
      ...(added.notice ? { bestandGeweigerd: added.notice } : {}),
    },
  });
  if (submitted) return seeOther(urls.staffChange(id, { gedaan: 'voorleggen' }));
  const notice = added.notice ? signNotice(secretFor('beheer-meldingen'), added.notice) : {};
  return seeOther(urls.staffChangeEdit(id, { opgeslagen: problems.length ? 'met-problemen' : 'ja', ...notice }));
}

type Added = { values: FormValues; file?: ChangeFile; notice?: string };

async function addUpload(
  db: Database,
  by: string,
  chosen: File | undefined,
  fields: Record<string, string>,
  kind: EditorKind,
  rel: string,
  values: FormValues,
): Promise<Added> {
  if (!chosen) return { values };
  const purpose = fields._doel === 'document' ? 'document' : 'afbeelding';
  if (purpose === 'document' && kind.type !== 'Publication')
    return { values, notice: 'Het bestand is niet toegevoegd: een PDF-bestand hoort bij een publicatie (Publicaties → de publicatie → Bestanden).' };
  const inspected = inspectUpload({
    bytes: Buffer.from(await chosen.arrayBuffer()),
    originalName: chosen.name,
    declaredType: chosen.type,
    alt: fields._alt,
    title: fields._titel,
    purpose,
  });
  if (!inspected.ok) return { values, notice: `Het bestand is niet toegevoegd. ${inspected.errors.join(' ')}` };
  const upload = inspected.upload;
  if (upload.warnings.length && fields._bevestigd !== 'ja')
    return {
      values,
      notice: `Het bestand is niet toegevoegd. ${upload.warnings.join(' ')} Wilt u het toch plaatsen, kies het opnieuw en vink aan dat u dit weet.`,
    };
  const id = await saveUpload(db, upload, by);
  const where = `${path.posix.dirname(rel)}/${upload.safeName}`;
  const next: FormValues = { ...values };
  if (purpose === 'afbeelding') {
    const alt = (upload.alt ?? '').replace(/[[\]\\]/g, '').replace(/\s+/g, ' ');
    next[BODY] = `${String(values[BODY] ?? '').replace(/\s*$/, '')}\n\n![${alt}](./${upload.safeName})\n`;
  } else {
    const row = Math.max(-1, ...rowsOf(values, 'files')) + 1;
    next[`files.${row}.title`] = upload.title ?? upload.safeName;
    next[`files.${row}.file`] = `./${upload.safeName}`;
  }
  return { values: next, file: { path: where, baseRevision: currentFile(where)?.revision ?? null, text: null, uploadId: id } };
}
