import { describe, expect, it } from 'vitest';
import { AUDIENCES, PROVINCES } from '@/lib/vocabulary';
import { SIGNUP_FIELDS } from '@/lib/forms/fields';
import { choicesFor, editorKind, editorKinds, fieldAt, kindOfPath, MODEL_TYPES } from './model';

describe('the editor model', () => {
  it('has the ten kinds, each with its folder, Dutch names and the body last', () => {
    const kinds = editorKinds();
    expect(kinds.map((k) => k.folder)).toEqual([
      'themas',
      'nieuws',
      'publicaties',
      'agendas',
      'gemeenten',
      'regios',
      'interventies',
      'activiteiten',
      'podcast',
      'paginas',
    ]);
    expect(editorKind('News')?.label).toEqual({ one: 'Nieuwsbericht', many: 'Nieuwsberichten' });
    expect(kinds.filter((k) => k.subfolders).map((k) => k.type)).toEqual(['Page']);
    for (const k of kinds) expect(k.fields.at(-1)).toMatchObject({ name: 'body', kind: 'markdown' });
    expect(kindOfPath('paginas/over/team.md')?.type).toBe('Page');
  });

  it('takes fields in model order with their type, rules, help and label', () => {
    const news = editorKind('nieuws')!;
    expect(news.fields.map((f) => f.name)).toEqual(['draft', 'publishDate', 'title', 'date', 'summary', 'themes', 'municipalities', 'legacyPaths', 'body']);
    expect(fieldAt(news, 'draft')).toMatchObject({ kind: 'boolean', default: false, required: false, label: 'Concept' });
    expect(fieldAt(news, 'date')).toMatchObject({ kind: 'string', required: true, date: 'day', help: 'JJJJ-MM-DD' });
    expect(fieldAt(news, 'publishDate')).toMatchObject({ date: 'day' });
    expect(fieldAt(news, 'summary')?.kind).toBe('text');
    expect(fieldAt(news, 'themes')).toMatchObject({ kind: 'list', required: true, vocabulary: { documents: 'allThemes' } });
    const event = editorKind('Event')!;
    expect(fieldAt(event, 'start')?.date).toBe('dayOrTime');
    expect(fieldAt(event, 'audience')?.vocabulary).toMatchObject({ values: AUDIENCES });
    expect(fieldAt(event, 'registration')).toMatchObject({ kind: 'group', required: false });
    expect(fieldAt(event, 'registration.form')?.vocabulary).toMatchObject({ values: SIGNUP_FIELDS });
    expect(fieldAt(event, 'registration.deadline')?.date).toBe('day');
    expect(fieldAt(event, 'sessions')).toMatchObject({ kind: 'groups', default: [] });
    expect(fieldAt(event, 'sessions.0.start')).toMatchObject({ path: 'sessions.start', date: 'dayOrTime' });
    expect(fieldAt(editorKind('Publication')!, 'files')?.fields?.map((f) => f.name)).toEqual(['title', 'file']);
    expect(fieldAt(editorKind('Region')!, 'provinces')?.vocabulary).toMatchObject({ values: PROVINCES });
    // A region lists CBS codes, not municipality pages.
    expect(fieldAt(editorKind('Region')!, 'municipalities')?.vocabulary).toBeUndefined();
    expect(fieldAt(editorKind('Intervention')!, 'municipality')?.vocabulary).toMatchObject({ documents: 'allMunicipalities' });
  });

  it('shows a field new in the model without code of its own', () => {
    const news = MODEL_TYPES.find((t) => t.name === 'News')!;
    const withNew = { ...news, fields: { ...news.fields, readingTime: { type: 'number', required: false, description: 'Minuten' } } };
    const kind = editorKinds([withNew]).find((k) => k.type === 'News')!;
    expect(fieldAt(kind, 'readingTime')).toEqual({
      name: 'readingTime',
      path: 'readingTime',
      kind: 'number',
      required: false,
      help: 'Minuten',
      label: 'Reading time',
    });
  });

  it('offers documents by their title and fixed values as they are', () => {
    const content = {
      allThemes: [
        { slug: 'taal', title: 'Taal' },
        { slug: 'armoede', title: 'Armoede' },
      ],
    } as never;
    expect(choicesFor(fieldAt(editorKind('News')!, 'themes')!, content)).toEqual([
      { value: 'armoede', label: 'Armoede' },
      { value: 'taal', label: 'Taal' },
    ]);
    expect(choicesFor(fieldAt(editorKind('Intervention')!, 'schoolTypes')!, content).map((c) => c.value)).toEqual(['vve', 'po', 'vo', 'mbo']);
  });
});
