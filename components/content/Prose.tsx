import { withImages, type ContentImage } from '@/lib/content/images';
import { PROSE_CLASS } from './prose-class';

/** A document's Markdown body. Content is Dutch on every locale, so it says so. */
export function Prose({ doc }: { doc: { body: { html: string }; images?: unknown } }) {
  const html = withImages(doc.body.html, (doc.images as ContentImage[] | undefined) ?? []);
  return (
    <div
      lang="nl"
      className={`${PROSE_CLASS} max-w-3xl`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
