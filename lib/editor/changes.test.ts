import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '@/tests/support/memory-database';
import type { StaffSession } from '../staff/accounts';
import {
  approveChange,
  createChange,
  discardChange,
  getChange,
  listChanges,
  markFailed,
  markPublished,
  mayReview,
  proposalOf,
  rejectChange,
  requeueStale,
  saveChange,
  submitChange,
  takeQueued,
  type ChangeFile,
} from './changes';

const memory = memoryDatabase();
const person = (email: string, role: StaffSession['role']): StaffSession => ({ accountId: '1', email, name: email, role, csrf: 'x' });
const redacteur = person('r@example.nl', 'redacteur');
const eind = person('e@example.nl', 'eindredacteur');
const ander = person('a@example.nl', 'eindredacteur');
const file = (text: string): ChangeFile => ({ path: 'nieuws/2026-12-07-test.md', baseRevision: null, text, uploadId: null });

const mustOk = <T extends { ok: boolean }>(outcome: T) => {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome as Extract<T, { ok: true }>;
};

describe('changes and their review', () => {
  it('goes concept → ter controle → queued → gepubliceerd, reviewed by someone else', async () => {
    const { change } = mustOk(await createChange(memory.db, redacteur, { title: '  Nieuw   bericht ', kind: 'nieuw', files: [file('a')] }));
    expect(change).toMatchObject({ title: 'Nieuw bericht', status: 'concept', authorEmail: 'r@example.nl', contributors: ['r@example.nl'] });
    mustOk(await saveChange(memory.db, redacteur, change.id, { files: [file('b')] }));
    expect((await getChange(memory.db, change.id))?.files).toEqual([file('b')]);
    mustOk(await submitChange(memory.db, redacteur, change.id));
    // The writer cannot publish: not by role, and not by having written it.
    expect(await approveChange(memory.db, redacteur, change.id, 'notitie')).toMatchObject({ ok: false });
    expect(await approveChange(memory.db, eind, change.id, '   ')).toMatchObject({ ok: false, reason: expect.stringContaining('wijzigingsnotitie') });
    mustOk(await approveChange(memory.db, eind, change.id, 'Nieuw bericht over de conferentie'));
    // Queued: nobody edits or approves it twice meanwhile.
    expect(await saveChange(memory.db, redacteur, change.id, { files: [file('c')] })).toEqual({ ok: false, reason: 'Deze wijziging wordt nu gepubliceerd.' });
    expect(await approveChange(memory.db, ander, change.id, 'nog eens')).toMatchObject({ ok: false });
    const taken = await takeQueued(memory.db);
    expect(taken?.id).toBe(change.id);
    expect(await takeQueued(memory.db)).toBeUndefined();
    await markPublished(memory.db, change.id, { commitSha: 'abc', releaseId: 'r1' });
    expect(await getChange(memory.db, change.id)).toMatchObject({
      status: 'gepubliceerd',
      publishState: 'klaar',
      changeNote: 'Nieuw bericht over de conferentie',
      reviewerEmail: 'e@example.nl',
      commitSha: 'abc',
    });
    expect(await discardChange(memory.db, redacteur, change.id)).toMatchObject({ ok: false });
  });

  it('never lets an eindredacteur approve a change they wrote in', async () => {
    const { change } = mustOk(await createChange(memory.db, redacteur, { title: 't', kind: 'bewerking', files: [file('a')] }));
    mustOk(await saveChange(memory.db, eind, change.id, { files: [file('door eind')] }));
    mustOk(await submitChange(memory.db, redacteur, change.id));
    const now = (await getChange(memory.db, change.id))!;
    expect(mayReview(now, eind)).toBe(false);
    expect(mayReview(now, ander)).toBe(true);
    expect(await approveChange(memory.db, eind, change.id, 'n')).toMatchObject({ ok: false, reason: expect.stringContaining('meegeschreven') });
    // Sent back with a comment; saving again after review makes it a concept.
    mustOk(await rejectChange(memory.db, ander, change.id, 'De datum klopt niet.'));
    expect(await getChange(memory.db, change.id)).toMatchObject({ status: 'concept', reviewComment: 'De datum klopt niet.' });
    expect(await rejectChange(memory.db, ander, change.id, 'nog eens')).toMatchObject({ ok: false });
  });

  it('approves only the proposal the reviewer read', async () => {
    const { change } = mustOk(await createChange(memory.db, redacteur, { title: 't', kind: 'bewerking', files: [file('a')] }));
    const read = proposalOf(mustOk(await submitChange(memory.db, redacteur, change.id)).change);
    // The writer changes it and puts it up again while the reviewer has the page open.
    mustOk(await saveChange(memory.db, redacteur, change.id, { files: [file('b')] }));
    await new Promise((r) => setTimeout(r, 5));
    const again = proposalOf(mustOk(await submitChange(memory.db, redacteur, change.id)).change);
    expect(again).not.toBe(read);
    expect(await approveChange(memory.db, eind, change.id, 'n', read)).toMatchObject({ ok: false, reason: expect.stringContaining('opnieuw voorgelegd') });
    expect(await approveChange(memory.db, eind, change.id, 'n', '')).toMatchObject({ ok: false });
    mustOk(await approveChange(memory.db, eind, change.id, 'n', again));
  });

  it('keeps a failed publication ter controle with its reason, and requeues one left running', async () => {
    const { change } = mustOk(await createChange(memory.db, redacteur, { title: 't', kind: 'bewerking', files: [file('a')] }));
    mustOk(await submitChange(memory.db, redacteur, change.id));
    mustOk(await approveChange(memory.db, eind, change.id, 'n'));
    await takeQueued(memory.db);
    await markFailed(memory.db, change.id, 'De inhoud kon niet worden gebouwd');
    expect(await getChange(memory.db, change.id)).toMatchObject({
      status: 'ter_controle',
      publishState: 'mislukt',
      publishError: 'De inhoud kon niet worden gebouwd',
    });
    mustOk(await approveChange(memory.db, eind, change.id, 'opnieuw'));
    await takeQueued(memory.db);
    await memory.db.query(`update content_changes set updated_at = now() - interval '11 minutes'`);
    expect(await requeueStale(memory.db)).toBe(1);
    expect((await takeQueued(memory.db))?.id).toBe(change.id);
  });

  it('lists by status and by file, and knows no change that does not exist', async () => {
    mustOk(await createChange(memory.db, redacteur, { title: 'een', kind: 'nieuw', files: [file('a')] }));
    const two = mustOk(await createChange(memory.db, redacteur, { title: 'twee', kind: 'nieuw', files: [{ ...file('b'), path: 'themas/armoede.md' }] })).change;
    mustOk(await submitChange(memory.db, redacteur, two.id));
    expect((await listChanges(memory.db, { status: 'ter_controle' })).map((c) => c.title)).toEqual(['twee']);
    expect((await listChanges(memory.db, { path: 'themas/armoede.md' })).map((c) => c.title)).toEqual(['twee']);
    expect(await getChange(memory.db, '999')).toBeUndefined();
    expect(await getChange(memory.db, "1' or 1=1")).toBeUndefined();
    expect(await createChange(memory.db, person('x@example.nl', 'redacteur'), { title: 'leeg', kind: 'nieuw', files: [] })).toMatchObject({ ok: false });
  });
});
