import { withImages, type ContentImage } from '@/lib/content/images';

/** A document's Markdown body. Content is Dutch on every locale, so it says so. */
export function Prose({ doc }: { doc: { body: { html: string }; images?: unknown } }) {
  const html = withImages(doc.body.html, (doc.images as ContentImage[] | undefined) ?? []);
  return (
    <div
      lang="nl"
      className="prose max-w-3xl prose-headings:text-brand-900 prose-a:text-brand-600 prose-h2:mt-10 prose-h2:text-2xl prose-h3:text-xl prose-img:rounded-md prose-code:before:content-none prose-code:after:content-none"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
