/** Markdown body from the content build. Content is Dutch on every locale, so it says so. */
export function Prose({ html }: { html: string }) {
  return (
    <div
      lang="nl"
      className="prose max-w-3xl prose-headings:text-brand-900 prose-a:text-brand-600 prose-h2:mt-10 prose-h2:text-2xl prose-h3:text-xl"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
