// How the interventions bundle is put together: one chapter per theme with every intervention on
// that theme, in Dutch alphabetical order. An intervention with three themes is in three chapters,
// so a chapter counts what the theme's page on the site counts.
import type { PublishedIntervention } from '../content/queries';

export type BundleIntervention = PublishedIntervention;

export type Chapter<T> = { slug: string; title: string; items: T[] };

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function chapters<T extends BundleIntervention>(items: readonly T[], themes: readonly { slug: string; title: string }[]): Chapter<T>[] {
  return themes
    .map((theme) => ({
      slug: theme.slug,
      title: theme.title,
      items: items.filter((i) => i.themes.includes(theme.slug)).sort((a, b) => collator.compare(a.title, b.title)),
    }))
    .filter((c) => c.items.length > 0);
}

/** The files the build writes under public/downloads/bundel/. */
export const BUNDLE_DIR = 'downloads/bundel';
export const bundleFile = {
  all: () => `/${BUNDLE_DIR}/interventiebundel.pdf`,
  theme: (slug: string) => `/${BUNDLE_DIR}/thema-${slug}.pdf`,
  municipality: (slug: string) => `/${BUNDLE_DIR}/gemeente-${slug}.pdf`,
};
