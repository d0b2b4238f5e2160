import { describe, expect, it } from 'vitest';
import { editorKind } from './model';
import { formValuesOf, fromForm, toForm } from './form-values';

const news = editorKind('News')!;
const event = editorKind('Event')!;
const form = (pairs: [string, string][]) => formValuesOf(new URLSearchParams(pairs));

describe('form values', () => {
  it('reads texts, lists one per line, vocabulary checkboxes and booleans by the model', () => {
    const values = form([
      ['title', ' Een titel '],
      ['date', '2026-12-07'],
      ['summary', 'Regel 1\r\nRegel 2'],
      ['themes', ''],
      ['themes', 'armoede'],
      ['themes', 'taal'],
      ['municipalities', ''],
      ['legacyPaths', '/oud\r\n\r\n  /ouder  \r\n'],
      ['draft', 'false'],
      ['draft', 'true'],
      ['publishDate', ''],
      ['body', 'Tekst\r\n\r\n- een\r\n'],
    ]);
    expect(fromForm(news, values)).toEqual({
      data: {
        draft: true,
        title: ' Een titel ',
        date: '2026-12-07',
        summary: 'Regel 1\nRegel 2',
        themes: ['armoede', 'taal'],
        legacyPaths: ['/oud', '/ouder'],
      },
      body: 'Tekst\n\n- een\n',
      problems: [],
    });
  });

  it('keeps a required list that is empty, and leaves out an unticked box at its default', () => {
    const values = form([
      ['themes', ''],
      ['draft', 'false'],
    ]);
    expect(fromForm(news, values).data).toEqual({ themes: [] });
  });

  it('reads a group and a list of groups, leaving out empty rows and an empty group', () => {
    const values = form([
      ['registration.how', 'Mail ons'],
      ['registration.capacity', '20'],
      ['registration.form', ''],
      ['registration.form', 'school'],
      ['registration.closed', 'false'],
      ['sessions.0.title', 'Een'],
      ['sessions.0.start', '2027-01-01T10:00'],
      ['sessions.1.title', ''],
      ['sessions.1.when', ''],
      ['sessions.2.title', 'Twee'],
    ]);
    expect(fromForm(event, values).data).toEqual({
      registration: { how: 'Mail ons', capacity: 20, form: ['school'] },
      sessions: [{ title: 'Een', start: '2027-01-01T10:00' }, { title: 'Twee' }],
    });
    expect(
      fromForm(
        event,
        form([
          ['registration.how', ''],
          ['registration.closed', 'false'],
          ['sessions.0.title', ''],
        ]),
      ).data,
    ).toEqual({});
  });

  it('keeps a number that is none as typed, with a Dutch problem', () => {
    const result = fromForm(event, form([['registration.capacity', '12a']]));
    expect(result.data).toEqual({ registration: { capacity: '12a' } });
    expect(result.problems).toEqual([{ field: 'registration.capacity', message: 'geen getal', fix: 'schrijf alleen cijfers, bijvoorbeeld 12' }]);
  });

  it('turns a document into its form and back', () => {
    const data = {
      title: 'T',
      summary: 'S',
      start: '2024-01-18T16:00',
      audience: ['schoolleiders'],
      themes: ['professionalisering'],
      partners: undefined,
      registration: { how: 'H', form: ['school', 'functie'], closed: true },
      sessions: [{ title: 'Online intake', when: 'november 2023' }],
    };
    const values = toForm(event, data, '\nTekst\n');
    expect(values).toMatchObject({
      title: 'T',
      'registration.form': ['school', 'functie'],
      'registration.closed': 'true',
      'sessions.0.when': 'november 2023',
      body: '\nTekst\n',
    });
    // The form posts a hidden "false" before every checkbox.
    const posted = { ...values, 'registration.closed': ['false', 'true'] };
    // An empty optional list is left out.
    const { partners, ...expected } = data;
    expect(partners).toBeUndefined();
    expect(fromForm(event, posted)).toEqual({ data: expected, body: '\nTekst\n', problems: [] });
  });
});
