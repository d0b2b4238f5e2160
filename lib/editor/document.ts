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
 * The document the build would generate from a content file at `rel` (content-relative). Throws
 * a MarkdownError (Dutch) for a file without readable front matter; field problems are for the
 * checker (lib/editor/check.ts), here the document is made as well as it can be.
 */
export async function draftDocument(rel: string, text: string): Promise<Record<string, unknown>> {
  const kind = kindOfPath(rel);
  if (!kind) throw new Error(`${rel} is geen pad van een document`);
  const file = parseMarkdown(text);
  const { data } = checkFields(kind.def, file.data);
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
