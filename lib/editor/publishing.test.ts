import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '@/tests/support/memory-database';
import type { StaffSession } from '../staff/accounts';
import { listAudit } from '../staff/audit';
import { approveChange, createChange, getChange, submitChange } from './changes';
import { publishQueued, type PublishFn } from './publishing';

const memory = memoryDatabase();
const person = (email: string, role: StaffSession['role']): StaffSession => ({ accountId: '1', email, name: email, role, csrf: 'x' });

async function approved(title: string) {
  const made = await createChange(memory.db, person('r@example.nl', 'redacteur'), {
    title,
    kind: 'nieuw',
    files: [{ path: `nieuws/${title}.md`, baseRevision: null, text: 'x', uploadId: null }],
  });
  if (!made.ok) throw new Error(made.reason);
  await submitChange(memory.db, person('r@example.nl', 'redacteur'), made.change.id);
  await approveChange(memory.db, person('e@example.nl', 'eindredacteur'), made.change.id, `notitie ${title}`);
  return made.change.id;
}

describe('publishing queued changes', () => {
  it('publishes each queued change once, in order, with its steps, and logs the outcome', async () => {
    const a = await approved('a');
    const b = await approved('b');
    const seen: string[] = [];
    const publish: PublishFn = async (change, step) => {
      await step('schrijven');
      seen.push(`${change.title}:${(await getChange(memory.db, change.id))?.publishStep}`);
      if (change.title === 'b') return { ok: false, reason: 'De inhoud kon niet worden gebouwd.' };
      return { ok: true, commitSha: 'c1', releaseId: 'r1' };
    };
    expect(await publishQueued(memory.db, publish)).toBe(2);
    expect(seen).toEqual(['a:schrijven', 'b:schrijven']);
    expect(await getChange(memory.db, a)).toMatchObject({ status: 'gepubliceerd', publishState: 'klaar', releaseId: 'r1' });
    expect(await getChange(memory.db, b)).toMatchObject({
      status: 'ter_controle',
      publishState: 'mislukt',
      publishError: 'De inhoud kon niet worden gebouwd.',
    });
    const { rows } = await listAudit(memory.db, { action: 'publiceren' });
    expect(rows.map((r) => [r.actor, r.target, r.outcome])).toEqual([
      ['e@example.nl', `wijziging ${b}`, 'mislukt'],
      ['e@example.nl', `wijziging ${a}`, 'ok'],
    ]);
    expect(await publishQueued(memory.db, publish)).toBe(0);
  });

  it('turns a thrown error into a failed publication with a Dutch reason', async () => {
    const a = await approved('c');
    await publishQueued(memory.db, async () => {
      throw new Error('git niet gevonden');
    });
    expect((await getChange(memory.db, a))?.publishError).toBe('Er ging iets onverwachts mis: git niet gevonden');
  });
});
