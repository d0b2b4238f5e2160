import { describe, expect, it } from 'vitest';
import { readForm } from '@/lib/http/form-body';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A request whose body sends `parts` and then, if `fail`, breaks off. */
function streamed(parts: string[], fail: boolean): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const p of parts) controller.enqueue(new TextEncoder().encode(p));
      if (fail) controller.error(new Error('aborted'));
      else controller.close();
    },
  });
  return new Request('http://localhost/formulieren/verzenden', { method: 'POST', headers: FORM, body, duplex: 'half' } as RequestInit);
}

describe('readForm', () => {
  it('reads a url-encoded form, first value of a repeated field', async () => {
    const read = await readForm(streamed(['naam=Anna&naam=Bram', '&vraag=Hoe%3F'], false));
    expect(read).toMatchObject({ ok: true, fields: { naam: 'Anna', vraag: 'Hoe?' } });
  });

  it('refuses another type, and a body over the cap, announced or not', async () => {
    expect(await readForm(new Request('http://localhost/', { method: 'POST', body: 'a=1', headers: { 'content-type': 'text/plain' } }))).toEqual({
      ok: false,
      reason: 'format',
    });
    expect(await readForm(new Request('http://localhost/', { method: 'POST', body: 'a=1', headers: { ...FORM, 'content-length': '999999' } }), 100)).toEqual({
      ok: false,
      reason: 'tooLarge',
    });
    expect(await readForm(streamed(['a='.padEnd(60, 'x'), 'b='.padEnd(60, 'y')], false), 100)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('reads a body that breaks off (the client left, or the request timeout closed it) as no form, without throwing', async () => {
    expect(await readForm(streamed([], true))).toEqual({ ok: false, reason: 'format' });
    expect(await readForm(streamed(['naam=Anna&vraag=half'], true))).toEqual({ ok: false, reason: 'format' });
  });
});
