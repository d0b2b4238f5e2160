// A page route handed to Next, made from a view of components/pages: the route file says which
// view and which addresses exist, and sets `dynamicParams = false` itself (Next reads it from the
// file): unknown addresses must be unmatched routes (see layout.tsx), so every address a view can
// answer is listed here, from everything the build contains.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { PageView, View } from '@/components/pages/types';
import { bundledRelease, type Snapshot } from '@/lib/content';

type Props<P> = { params: Promise<P & { locale: string }> };
type Locale = { params: Promise<{ locale: string }> };

/**
 * The page a view makes of its parameters, prerendered at build. A document scheduled for later
 * (publishDate ahead) is in no snapshot of now: it is rendered from the site of the day it is
 * published, and the production server holds the page back until that day.
 */
function render<P>(view: View<P>, locale: string, params: P): PageView | undefined {
  const now = new Date();
  const moments = [now.getTime(), ...bundledRelease.transitions.filter((t) => t > now.getTime())];
  let tried: Snapshot | undefined;
  for (const moment of moments) {
    const content = bundledRelease.at(moment);
    if (content === tried) continue;
    tried = content;
    // The query string is left to the production server: a prerendered page is the same for every query.
    const page = view({ content, locale, query: {}, now, params });
    if (page) return page;
  }
  return undefined;
}

/** A route without parameters of its own (a list, an overview). */
export function viewRoute(view: View) {
  return {
    generateMetadata: async ({ params }: Locale): Promise<Metadata> => render(view, (await params).locale, {})?.metadata ?? {},
    Page: async ({ params }: Locale) => render(view, (await params).locale, {})?.body,
  };
}

/**
 * A route whose parameters name a document. `paramsOf` lists them from everything the build
 * contains, scheduled documents too: the production server holds those back until their publishDate.
 */
export function detailRoute<P extends Record<string, string | string[]>>(view: View<P>, paramsOf: (built: Snapshot) => P[]) {
  const page = async (props: Props<P>) => {
    const { locale, ...params } = await props.params;
    return render(view, locale, params as unknown as P);
  };
  return {
    generateStaticParams: () => paramsOf(bundledRelease.built),
    generateMetadata: async (props: Props<P>): Promise<Metadata> => (await page(props))?.metadata ?? {},
    Page: async (props: Props<P>) => {
      const found = await page(props);
      if (!found) notFound();
      return found.body;
    },
  };
}
