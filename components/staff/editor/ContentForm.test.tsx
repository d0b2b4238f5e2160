import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@/tests/support/content-folder';
import { folderContent } from '@/lib/editor/check';
import { fromForm, toForm, type FormValues } from '@/lib/editor/form-values';
import { parseMarkdown, updateMarkdown } from '@/lib/editor/markdown';
import { editorKind, editorKinds, type EditorKind } from '@/lib/editor/model';
import { ContentForm } from './ContentForm';

const CONTENT = path.join(ROOT, 'content');
const content = folderContent(CONTENT);

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k, decode(v ?? '')]));

/** What a browser would post from the rendered form, as it is. */
function posted(html: string): FormValues {
  const pairs: [string, string][] = [];
  const form = html.slice(html.indexOf('<form'));
  for (const m of form.matchAll(/<input\b[^>]*>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    if (m[0].startsWith('<input')) {
      const a = attrs(m[0]);
      if (!a.name || ((a.type === 'checkbox' || a.type === 'radio') && !('checked' in a))) continue;
      pairs.push([a.name, a.value ?? '']);
    } else if (m[0].startsWith('<textarea')) pairs.push([attrs(m[1]).name, decode(m[2]).replace(/^\n/, '')]);
    else {
      const selected = /<option\b[^>]*selected[^>]*>/.exec(m[4]) ?? /<option\b[^>]*>/.exec(m[4]);
      pairs.push([attrs(m[3]).name, attrs(selected![0]).value]);
    }
  }
  const values: FormValues = {};
  for (const [k, v] of pairs) values[k] = k in values ? [...(Array.isArray(values[k]) ? values[k] : [values[k] as string]), v] : v;
  return values;
}

const render = (kind: EditorKind, values: FormValues, problems: { field: string; message: string; fix: string }[] = []) =>
  renderToStaticMarkup(
    <ContentForm
      kind={kind}
      values={values}
      problems={problems}
      csrf="token"
      action="/beheer/inhoud/opslaan"
      baseRevision="abc"
      content={content}
      slug={{ path: 'x.md', editable: false }}
    />,
  );

function accessible(html: string) {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  for (const m of html.matchAll(/aria-describedby="([^"]+)"/g)) for (const id of m[1].split(' ')) expect(ids, `${id} exists`).toContain(id);
  const labelled = new Set([...html.matchAll(/<label[^>]*for="([^"]+)"/g)].map((m) => m[1]));
  for (const m of html.matchAll(/<(input|textarea|select)\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.type === 'hidden') continue;
    // A box in a list of choices sits inside its label.
    const inLabel = html.slice(Math.max(0, m.index! - 80), m.index).includes('<label');
    expect(labelled.has(a.id) || inLabel, `${a.name} has a label`).toBe(true);
  }
}

describe('the content form', () => {
  it.each(editorKinds().map((k) => [k.type, k] as const))('renders %s from the model; posting it unchanged writes the same file', (_, kind) => {
    const rel = fs.readdirSync(path.join(CONTENT, kind.folder), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.md'))!;
    const text = fs.readFileSync(path.join(CONTENT, kind.folder, rel), 'utf8');
    const file = parseMarkdown(text);
    const html = render(kind, toForm(kind, file.data, file.body));
    accessible(html);
    for (const f of kind.fields) expect(html, f.name).toContain(`name="${f.name}`);
    const back = fromForm(kind, posted(html));
    expect(back.problems).toEqual([]);
    expect(updateMarkdown(file, kind, back.data, back.body)).toBe(text);
  });

  it('shows each problem at its field and in the summary, linked by id', () => {
    const event = editorKind('Event')!;
    const html = render(event, { title: '', 'sessions.0.title': 'Een', 'sessions.0.start': 'morgen' }, [
      { field: 'title', message: 'dit veld is verplicht', fix: 'vul titel in' },
      { field: 'sessions.0.start', message: 'geen geldige datum of tijd', fix: 'schrijf "JJJJ-MM-DD"' },
      { field: '(document)', message: 'het bestand heeft een onbekend veld "kleur"', fix: '' },
    ]);
    accessible(html);
    expect(html).toContain('<a href="#veld-title" class="text-error underline">Titel: Dit veld is verplicht. Vul titel in.</a>');
    expect(html).toContain(
      '<a href="#veld-sessions.0.start" class="text-error underline">Start (1): Geen geldige datum of tijd. Schrijf &quot;JJJJ-MM-DD&quot;.</a>',
    );
    expect(html).toContain('Het document: Het bestand heeft een onbekend veld &quot;kleur&quot;.');
    const input = (id: string) => attrs(new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)![0]);
    expect(input('veld-title')).toMatchObject({
      name: 'title',
      value: '',
      'aria-describedby': 'veld-title-fout',
      'aria-invalid': 'true',
      'aria-required': 'true',
    });
    expect(input('veld-sessions.0.start')).toMatchObject({
      value: 'morgen',
      'aria-describedby': 'veld-sessions.0.start-hint veld-sessions.0.start-fout',
      'aria-invalid': 'true',
    });
    expect(html).toContain(
      '<div id="veld-title-fout" class="font-semibold text-error"><p><span class="sr-only">Fout: </span>Dit veld is verplicht. Vul titel in.</p></div>',
    );
    // One more, empty row to add a session without JavaScript.
    expect(html).toContain('name="sessions.1.title"');
    expect(html).toContain('autofocus=""');
  });
});
