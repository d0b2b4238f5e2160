import { describe, expect, it, vi } from 'vitest';
import { field, MAX_TEAM_SIZE, validateFields, type MunicipalityCheck } from '@/lib/forms/fields';
import { municipalityCheck } from '@/lib/forms';

describe('form fields', () => {
  const contact = [field('naam'), field('email'), field('organisatie', false), field('vraag')];
  const ok = { naam: 'Anna de Vries', email: 'anna@example.nl', vraag: 'Hoe sluit mijn school aan?' };
  const errors = (fields: Parameters<typeof validateFields>[0], input: Record<string, unknown>, check?: MunicipalityCheck) => {
    const result = validateFields(fields, input, check);
    return result.ok ? {} : result.errors;
  };

  it('accepts a filled-in form and trims, normalising line breaks', () => {
    const result = validateFields(contact, { ...ok, naam: '  Anna de Vries \n', vraag: 'regel 1\r\nregel 2\rregel 3\n\tingesprongen' });
    expect(result).toEqual({
      ok: true,
      values: { naam: 'Anna de Vries', email: 'anna@example.nl', organisatie: '', vraag: 'regel 1\nregel 2\nregel 3\n\tingesprongen' },
      municipality: undefined,
    });
  });

  it('gives every error code', () => {
    expect(errors(contact, { ...ok, naam: '   ', vraag: undefined })).toEqual({ naam: { code: 'required' }, vraag: { code: 'required' } });
    expect(errors(contact, { ...ok, naam: 'x'.repeat(121) })).toEqual({ naam: { code: 'tooLong', max: 120 } });
    expect(errors(contact, { ...ok, naam: 'x'.repeat(120) })).toEqual({});
    expect(errors(contact, { ...ok, vraag: 'x'.repeat(4001) })).toEqual({ vraag: { code: 'tooLong', max: 4000 } });
    expect(errors(contact, { ...ok, email: 'anna@' })).toEqual({ email: { code: 'email' } });
    expect(errors(contact, { ...ok, email: 'anna example.nl' })).toEqual({ email: { code: 'email' } });
    expect(errors([field('teamgrootte')], { teamgrootte: '31' })).toEqual({ teamgrootte: { code: 'teamSize', max: MAX_TEAM_SIZE } });
    expect(errors([field('website')], { website: 'javascript:alert(1)' })).toEqual({ website: { code: 'url' } });
    expect(errors([field('gemeente')], { gemeente: 'Amsterdm' }, () => ({ suggestions: ['Amsterdam'] }))).toEqual({
      gemeente: { code: 'municipality', suggestions: ['Amsterdam'] },
    });
    expect(errors(contact, { ...ok, naam: 'Anna\u0007' })).toEqual({ naam: { code: 'control' } });
  });

  it('keeps HTML and script as plain text: never rejected, never changed', () => {
    const values = {
      ...ok,
      naam: '<script>alert("x")</script>',
      organisatie: '<img src=x onerror=alert(1)>',
      vraag: '<b>vet</b> & "quotes" \'; drop table submissions; --',
    };
    const result = validateFields(contact, values);
    expect(result.ok && result.values).toEqual(values);
  });

  it('refuses control characters but allows tabs and new lines', () => {
    for (const c of ['\u0000', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F']) {
      expect(errors(contact, { ...ok, vraag: `tekst${c}tekst` })).toEqual({ vraag: { code: 'control' } });
    }
    expect(errors(contact, { ...ok, vraag: 'a\tb\nc\r\nd' })).toEqual({});
    // C1 controls too (NEL is a line break to some mail programs).
    expect(errors(contact, { ...ok, vraag: 'a\u0085b' })).toEqual({ vraag: { code: 'control' } });
  });

  it('refuses a line break in a one-line field, so no line of the notification e-mail can be forged', () => {
    for (const br of ['\n', '\r', '\r\n', '\u2028', '\u2029']) {
      expect(errors(contact, { ...ok, naam: `Anna${br}E-mail: kwaad@example.org` }), JSON.stringify(br)).toEqual({ naam: { code: 'lineBreak' } });
      expect(errors(contact, { ...ok, email: `anna@example.nl${br}Bcc: x@example.org` })).toEqual({ email: { code: 'lineBreak' } });
    }
    // Trailing line breaks are trimmed away, and a long text keeps its lines.
    expect(errors(contact, { ...ok, naam: 'Anna\r\n' })).toEqual({});
    expect(errors(contact, { ...ok, vraag: 'regel 1\nregel 2' })).toEqual({});
  });

  it('removes bidi controls and invisible characters from every field, and keeps joiners', () => {
    const hidden = '\u202Eevil\u202C \u2066x\u2069\u200B\u200E\u200F\u061C\uFEFF\u2060\u{E0041}';
    const result = validateFields(contact, { ...ok, naam: `Anna${hidden}`, organisatie: `\u202EDe Regenboog`, vraag: `Vraag${hidden}?` });
    expect(result.ok && result.values).toMatchObject({ naam: 'Annaevil x', organisatie: 'De Regenboog', vraag: 'Vraagevil x?' });
    const family = '👨\u200D👩\u200D👧 en \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645';
    const kept = validateFields(contact, { ...ok, vraag: family });
    expect(kept.ok && kept.values.vraag).toBe(family);
    // Only invisible characters: as if nothing was typed.
    expect(errors(contact, { ...ok, naam: '\u200B\u202E' })).toEqual({ naam: { code: 'required' } });
  });

  it('refuses oversized values, counting after trimming', () => {
    expect(errors(contact, { ...ok, email: `${'a'.repeat(250)}@example.nl` })).toEqual({ email: { code: 'tooLong', max: 254 } });
    expect(errors(contact, { ...ok, naam: `   ${'x'.repeat(120)}   ` })).toEqual({});
    expect(errors(contact, { ...ok, vraag: 'x'.repeat(1_000_000) })).toEqual({ vraag: { code: 'tooLong', max: 4000 } });
  });

  it('takes team sizes 1 to 30 only', () => {
    const team = [field('teamgrootte')];
    for (const bad of ['0', '31', '3a', '-1', '1e1', '2.5', '999', '0x1f', '١٢']) {
      expect(errors(team, { teamgrootte: bad }), bad).toEqual({ teamgrootte: { code: 'teamSize', max: 30 } });
    }
    for (const good of ['1', '30', ' 7 ', '05']) expect(errors(team, { teamgrootte: good }), good).toEqual({});
  });

  it('checks web addresses: http(s) only', () => {
    const site = [field('website', false)];
    for (const bad of ['www.example.nl', 'ftp://example.nl', 'data:text/html,x', 'https://', 'http://exa mple.nl']) {
      expect(errors(site, { website: bad }), bad).toEqual({ website: { code: 'url' } });
    }
    expect(errors(site, { website: 'https://example.nl/pad?q=1' })).toEqual({});
    expect(errors(site, { website: '' })).toEqual({});
  });

  it('resolves a municipality through the check function, and asks for one only when filled in', () => {
    const check = vi.fn<MunicipalityCheck>((value) => (value.toLowerCase() === 'den haag' ? { name: "'s-Gravenhage", code: 'GM0518' } : { suggestions: [] }));
    const found = validateFields([field('gemeente')], { gemeente: ' Den Haag ' }, check);
    expect(found).toEqual({ ok: true, values: { gemeente: "'s-Gravenhage" }, municipality: { name: "'s-Gravenhage", code: 'GM0518' } });
    expect(errors([field('gemeente')], { gemeente: 'Atlantis' }, check)).toEqual({ gemeente: { code: 'municipality', suggestions: [] } });
    check.mockClear();
    expect(validateFields([field('gemeente', false)], { gemeente: '' }, check).ok).toBe(true);
    expect(check).not.toHaveBeenCalled();
    // Without a check (the browser) any name passes; the server decides.
    expect(validateFields([field('gemeente')], { gemeente: 'Atlantis' }).ok).toBe(true);
    // The real register: former and colloquial names, typos.
    expect(validateFields([field('gemeente')], { gemeente: 'den haag' }, municipalityCheck)).toMatchObject({ ok: true, values: { gemeente: "'s-Gravenhage" } });
    expect(errors([field('gemeente')], { gemeente: 'Amsterdm' }, municipalityCheck)).toEqual({
      gemeente: { code: 'municipality', suggestions: ['Amsterdam'] },
    });
  });

  it('returns only the form’s own fields, and treats anything but a string as empty', () => {
    const result = validateFields(contact, { ...ok, status: 'spam', id: '1', __proto__: { x: 1 }, reference: 'GKA-0000-0000', organisatie: ['a', 'b'] });
    expect(result.ok && Object.keys(result.values).sort()).toEqual(['email', 'naam', 'organisatie', 'vraag']);
    expect(result.ok && result.values.organisatie).toBe('');
    expect(errors(contact, { ...ok, naam: 42, vraag: { toString: () => 'x' } })).toEqual({ naam: { code: 'required' }, vraag: { code: 'required' } });
  });
});
