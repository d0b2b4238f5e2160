/**
 * The look of a Markdown body on the site: Prose, and the editor's live preview of a body
 * (a client component, which should not carry Prose's image handling along).
 */
export const PROSE_CLASS =
  'prose prose-headings:text-brand-900 prose-a:text-brand-600 prose-h2:mt-10 prose-h2:text-2xl prose-h3:text-xl prose-img:rounded-md prose-code:before:content-none prose-code:after:content-none';
