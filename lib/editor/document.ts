// A draft as the document the content build would make of it, for the preview: the fields with
// their defaults, the computed fields by the model's own functions, and the body's HTML by the
// same Markdown pipeline as contentlayer2 0.5.8 (@contentlayer2/core markdown/markdown.js: the
// whole file through remark-frontmatter, remark-parse, the model's remark plugins, remark-rehype,
// its rehype plugins and rehype-stringify). Images are measured but not copied to public/.
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { markdown } from '../../contentlayer.config';
import { checkFields, toDocument } from '../content/check';
import { withoutPublishingImages } from '../content/images';
import { parseMarkdown } from './markdown';
import { kindOfPath, type EditorField } from './model';

const processor = unified()
  .use(remarkFrontmatter)
  .use(remarkParse)
  .use(markdown.remarkPlugins)
  .use(remarkRehype)
  .use(markdown.rehypePlugins)
  .use(rehypeStringify)
  .freeze();

/** A whole Markdown file (front matter and body) as the build's body HTML. */
export async function markdownToHtml(text: string): Promise<string> {
  return String(await processor.process(text));
}

/**
 * A body alone (the text area of the editor's form) as the build's body HTML, for the live preview
 * beside it. Images of the document itself (`./foto.jpg`: an upload not yet published, or one that
 * only the full preview can place) show as a framed line with their alt text, `image` naming it.
 */
export async function bodyToHtml(body: string, image: (alt: string) => string): Promise<string> {
  // Empty front matter first: a body that starts with `---` is text, not front matter.
  const html = await markdownToHtml(`---\n---\n${body}`);
  // The sanitiser writes every attribute quoted; whole quoted attributes, so a ">" in an alt text cannot end the tag.
  return html.replace(/<img((?:\s+[\w-]+(?:="[^"]*")?)*)\s*\/?>/g, (tag, attrs: string) => {
    const src = /\ssrc="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (/^(https?:)?\/\//i.test(src)) return tag;
    // Quoted for an attribute (& and " escaped); in text < and > must be too.
    const alt = (/\salt="([^"]*)"/.exec(attrs)?.[1] ?? '').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `<span class="block rounded-md border-2 border-dashed border-brand-100 p-3 text-muted">${image(alt)}</span>`;
  });
}

/**
 * The document the build would generate from a content file at `rel` (content-relative). Throws
 * a MarkdownError (Dutch) for a file without readable front matter; field problems are for the
 * checker (lib/editor/check.ts), here the document is made as well as it can be.
 */
export async function draftDocument(rel: string, text: string): Promise<Record<string, unknown>> {
  const kind = kindOfPath(rel);
  if (!kind) throw new Error(`${rel} is geen pad van een document`);
  const file = parseMarkdown(text);
  const { data } = checkFields(kind.def, file.data);
  // A required list not filled in yet (a concept's themes) is empty in the preview: the pages
  // read lists without checking them, as the build guarantees they are there.
  for (const f of kind.fields) if (f.kind === 'list' && data[f.name] === undefined) data[f.name] = [];
  const { doc } = withoutPublishingImages(() => toDocument(kind.def, typed(kind.fields, data), rel, file.body));
  return { ...doc, _id: rel, body: { raw: file.body, html: await markdownToHtml(text) } };
}

/** Groups carry their type name and an empty _raw in the build's documents. */
function typed(fields: EditorField[], data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  for (const f of fields) {
    const value = data[f.name];
    const name = f.groupType;
    if (f.kind === 'group' && isObject(value)) out[f.name] = { ...typed(f.fields ?? [], value), type: name, _raw: {} };
    if (f.kind === 'groups' && Array.isArray(value)) out[f.name] = value.map((v) => (isObject(v) ? { ...typed(f.fields ?? [], v), type: name, _raw: {} } : v));
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
